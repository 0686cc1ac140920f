package fr.cpts.web.account;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.account.PorteurInvitations;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.account.SignUp;
import fr.cpts.domain.account.SignUps;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A health professional signs up as a porteur: the sign-up is kept, with its password hashed, and a single-use link
 * valid {@link #VALIDITY} is mailed to the address; no account exists before the link is followed, so none can be
 * used unverified. Signing up again with the address of an existing account answers the same and mails « vous avez
 * déjà un compte » instead, so the form never tells whether an address has an account. At most {@value #PER_HOUR}
 * mails an hour go to one address. A sign-up that followed an invitation joins its CPTS when verified.
 */
@Service
@Transactional
public class Registration {

    static final Duration VALIDITY = Duration.ofHours(24);
    static final int PER_HOUR = 3;
    static final String LINK_PATH = "/inscription/verification?jeton=";

    private final Accounts accounts;
    private final SignUps signUps;
    private final PorteurInvitations invitations;
    private final MailOutbox outbox;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final Clock clock;
    private final TeamJournal team;

    Registration(
            Accounts accounts,
            SignUps signUps,
            PorteurInvitations invitations,
            MailOutbox outbox,
            PasswordEncoder encoder,
            Audit audit,
            Clock clock,
            TeamJournal team) {
        this.team = team;
        this.accounts = accounts;
        this.signUps = signUps;
        this.invitations = invitations;
        this.outbox = outbox;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks the sign-up, then mails the verification link (or, to an address that has an account, a reminder of
     * it); the same answer either way. {@code invitation} is the token of the invitation followed, if any.
     */
    public void signUp(
            SignUp signUp,
            String password,
            String confirmation,
            boolean termsAccepted,
            Optional<String> invitation,
            String baseUrl) {
        PasswordRules.check(password, confirmation, porteur(signUp, "", new AccessScope.NoCpts()));
        requireTerms(termsAccepted);
        Instant now = clock.instant();
        if (signUps.requestedSince(signUp.email(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            return;
        }
        Optional<String> invitationHash =
                invitation.filter(token -> !token.isBlank()).map(LinkTokens::hash);
        String token = LinkTokens.generate();
        signUps.save(
                new SignUps.Pending(signUp, encoder.encode(password), invitationHash, now),
                LinkTokens.hash(token),
                now.plus(VALIDITY));
        if (accounts.byEmail(signUp.email()).isPresent()
                || accounts.byUsername(signUp.username()).isPresent()) {
            signUps.use(LinkTokens.hash(token), now);
            outbox.queue(alreadyRegistered(signUp, baseUrl), now);
            return;
        }
        outbox.queue(
                new OutgoingMail(
                        signUp.email(),
                        "Confirmez votre adresse – plateforme CPTS",
                        "Bonjour " + signUp.displayName() + ",\n\n"
                                + "Pour ouvrir votre compte de porteur de projet sur la plateforme CPTS, confirmez votre "
                                + "adresse en suivant ce lien, valable 24 heures et une seule fois :\n"
                                + baseUrl + LINK_PATH + token + "\n\n"
                                + "Votre identifiant sera votre adresse électronique : " + signUp.username() + ".\n"
                                + "Si vous n'avez pas demandé d'inscription, ignorez ce courriel : aucun compte ne sera "
                                + "ouvert.\n\nLa plateforme CPTS"),
                now);
    }

    /**
     * Opens at once the account of a health professional Pro Santé Connect vouched for (their address is the
     * provider's, so no link is mailed): a porteur without CPTS and without password, who signs in through the
     * provider. Refused when the address already has an account. Journalled.
     */
    public Account signUpVouched(SignUp signUp, boolean termsAccepted) {
        requireTerms(termsAccepted);
        if (accounts.byEmail(signUp.email()).isPresent()
                || accounts.byUsername(signUp.username()).isPresent()) {
            throw new DomainException("Un compte existe déjà pour cette adresse : connectez-vous.");
        }
        Account account = porteur(signUp, UnusablePasswords.hash(), new AccessScope.NoCpts());
        open(account, signUp, Optional.empty(), clock.instant());
        return account;
    }

    /** The sign-up a link would verify, for its page; empty when the link is no longer valid. */
    @Transactional(readOnly = true)
    public Optional<SignUp> pending(String token) {
        return token == null || token.isBlank()
                ? Optional.empty()
                : signUps.pending(LinkTokens.hash(token), clock.instant()).map(SignUps.Pending::signUp);
    }

    /**
     * Opens the account of a sign-up whose link is followed (once): a porteur bound to no CPTS, or to the CPTS whose
     * invitation the sign-up followed when it is still valid. Journalled.
     */
    public Account verify(String token) {
        DomainException expired = new DomainException("Ce lien n'est plus valable (il a déjà servi ou a plus de 24 "
                + "heures) : inscrivez-vous de nouveau.");
        Instant now = clock.instant();
        String hash = LinkTokens.hash(token == null ? "" : token);
        SignUps.Pending pending = signUps.pending(hash, now).orElseThrow(() -> expired);
        SignUp signUp = pending.signUp();
        if (!signUps.use(hash, now)) {
            throw expired;
        }
        if (accounts.byEmail(signUp.email()).isPresent()
                || accounts.byUsername(signUp.username()).isPresent()) {
            throw new DomainException("Un compte existe déjà pour cette adresse : connectez-vous, ou choisissez un "
                    + "nouveau mot de passe depuis « Mot de passe oublié ».");
        }
        Optional<CptsId> joined = pending.invitationHash().flatMap(invitation -> invitations
                .pending(invitation, now)
                .filter(found -> invitations.use(invitation, signUp.username(), now))
                .map(PorteurInvitations.Invitation::cpts));
        Account account = porteur(
                signUp,
                pending.passwordHash(),
                joined.<AccessScope>map(AccessScope.OwnCpts::new).orElseGet(AccessScope.NoCpts::new));
        open(account, signUp, joined, pending.requestedAt());
        return account;
    }

    /** Records the account of a sign-up, its address and profession, and journals it (and the team it joined). */
    private void open(Account account, SignUp signUp, Optional<CptsId> joined, Instant termsAcceptedAt) {
        accounts.create(account);
        accounts.setEmail(account.username(), signUp.email());
        accounts.setProfessional(account.username(), signUp.profession(), signUp.rpps(), termsAcceptedAt);
        audit.record(
                account,
                joined.orElse(null),
                AuditedEntity.COMPTE,
                account.username(),
                AuditAction.SIGN_UP,
                null,
                List.of(
                        new FieldChange("username", null, account.username()),
                        new FieldChange("displayName", null, account.displayName()),
                        new FieldChange("profession", null, signUp.profession().label()),
                        new FieldChange("rpps", null, signUp.rpps().orElse("non renseigné")),
                        new FieldChange("scope", null, account.scope().describe())));
        joined.ifPresent(cpts -> team.joined(account, cpts));
    }

    private static void requireTerms(boolean termsAccepted) {
        if (!termsAccepted) {
            throw new DomainException("Conditions d'utilisation : cochez la case pour les accepter ; sans elles, "
                    + "le compte ne peut pas être ouvert.");
        }
    }

    private static Account porteur(SignUp signUp, String passwordHash, AccessScope scope) {
        return new Account(signUp.username(), signUp.displayName(), passwordHash, Role.PORTEUR, scope);
    }

    private static OutgoingMail alreadyRegistered(SignUp signUp, String baseUrl) {
        return new OutgoingMail(
                signUp.email(),
                "Vous avez déjà un compte – plateforme CPTS",
                "Bonjour,\n\n"
                        + "Quelqu'un, sans doute vous, a demandé à ouvrir un compte sur la plateforme CPTS avec cette "
                        + "adresse. Vous avez déjà un compte : connectez-vous sur " + baseUrl + "/login.\n"
                        + "Si vous avez oublié votre mot de passe, choisissez-en un nouveau sur " + baseUrl
                        + "/mot-de-passe-oublie.\n\n"
                        + "Si vous n'avez rien demandé, ignorez ce courriel.\n\nLa plateforme CPTS");
    }
}
