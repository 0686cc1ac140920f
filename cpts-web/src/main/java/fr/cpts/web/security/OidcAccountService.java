package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Signs in through OpenID Connect a person the platform already knows: the provider vouches for an e-mail address,
 * which must be the login of an existing account (accounts are created by an administrator, never by the provider).
 * ProConnect identifies agents of the State and of the Assurance Maladie (ARS, CPAM, administrators); Pro Santé
 * Connect identifies health professionals (porteurs de projet). Any other pairing is refused.
 */
@Service
class OidcAccountService extends OidcUserService {

    static final String PROCONNECT = "proconnect";
    static final String PRO_SANTE_CONNECT = "pro-sante-connect";

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
        Account account = accounts.byUsername(email)
                .orElseThrow(() ->
                        refusal("compte_inconnu", "Aucun compte de la plateforme ne correspond à cette identité."));
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
