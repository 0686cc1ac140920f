package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.web.account.ProSanteConnectIdentity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Signs in through OpenID Connect a person the platform already knows: the provider vouches for an e-mail address,
 * which must be the login of an existing account (never created by the provider itself). A health professional whom
 * Pro Santé Connect vouches for and the platform does not know is led to the sign-up form, pre-filled from the
 * identity ({@link ProSanteConnectIdentity}).
 * ProConnect identifies agents of the State and of the Assurance Maladie (ARS, CPAM, administrators); Pro Santé
 * Connect identifies health professionals (porteurs de projet). Any other pairing is refused.
 */
@Service
class OidcAccountService extends OidcUserService {

    static final String PROCONNECT = "proconnect";
    static final String PRO_SANTE_CONNECT = "pro-sante-connect";
    /** The refusal of an unknown Pro Santé Connect identity, which leads to the sign-up form. */
    static final String SIGN_UP_NEEDED = "inscription_requise";

    private final Accounts accounts;

    OidcAccountService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser identity = super.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String email = identity.getEmail();
        if (email == null || email.isBlank()) {
            throw refusal("identite_incomplete", "Le fournisseur d'identité n'a pas transmis d'adresse électronique.");
        }
        Optional<Account> known = accounts.byUsername(email);
        if (known.isEmpty() && PRO_SANTE_CONNECT.equals(registration)) {
            // a health professional new to the platform signs up, from the identity the provider vouched for
            RequestContextHolder.currentRequestAttributes()
                    .setAttribute(
                            ProSanteConnectIdentity.SESSION_ATTRIBUTE,
                            ProSanteConnectIdentity.of(identity.getClaims()),
                            RequestAttributes.SCOPE_SESSION);
            throw refusal(SIGN_UP_NEEDED, "Cette identité n'a pas encore de compte : inscrivez-vous.");
        }
        Account account = known.orElseThrow(
                () -> refusal("compte_inconnu", "Aucun compte de la plateforme ne correspond à cette identité."));
        if (account.disabled()) {
            throw refusal("compte_desactive", "Ce compte est désactivé ; adressez-vous à l'administrateur.");
        }
        if (!rolesFor(registration).contains(account.role())) {
            throw refusal("fournisseur_inadapte", "Ce compte ne peut pas se connecter avec ce fournisseur d'identité.");
        }
        return new SignedInUser(account.withoutPassword(), identity.getIdToken(), identity.getUserInfo());
    }

    private static Set<Role> rolesFor(String registration) {
        return switch (registration) {
            case PROCONNECT -> EnumSet.of(Role.ARS_OFFICER, Role.CPAM_OFFICER, Role.ADMINISTRATOR);
            case PRO_SANTE_CONNECT -> EnumSet.of(Role.PORTEUR);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    private static OAuth2AuthenticationException refusal(String code, String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
    }
}
