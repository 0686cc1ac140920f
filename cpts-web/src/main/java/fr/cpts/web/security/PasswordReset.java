package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.PasswordResets;
import fr.cpts.domain.account.PasswordRules;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.EmailAddress;
import fr.cpts.web.account.LinkTokens;
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
 * « Mot de passe oublié » : a person asks for a link by their mail address and gets the same answer whether an
 * account has it or not; an account that has it (and is not disabled) is sent a single-use link, valid
 * {@link #VALIDITY}, at most {@value #PER_HOUR} an hour; following it, the person chooses a new password under
 * {@link PasswordRules}, which ends their open sessions. Only the hash of a token is stored.
 */
@Service
@Transactional
class PasswordReset {

    static final Duration VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final int PER_HOUR = 3;
    static final String LINK_PATH = "/mot-de-passe/nouveau?jeton=";

    private final Accounts accounts;
    private final PasswordResets resets;
    private final MailOutbox outbox;
    private final PasswordEncoder encoder;
    private final Audit audit;
    private final Clock clock;
    private final OpenSessions sessions;

    PasswordReset(
            Accounts accounts,
            PasswordResets resets,
            MailOutbox outbox,
            PasswordEncoder encoder,
            Audit audit,
            Clock clock,
            OpenSessions sessions) {
        this.accounts = accounts;
        this.resets = resets;
        this.outbox = outbox;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Sends a link when an account has that address; says nothing either way. */
    void request(String email, String baseUrl) {
        String address = email == null ? "" : email.strip();
        if (!EmailAddress.isValid(address)) {
            throw new DomainException("Adresse électronique : écrivez l'adresse de votre compte, par exemple "
                    + "prenom.nom@exemple.fr.");
        }
        Optional<Account> account = accounts.byEmail(address).filter(found -> !found.disabled());
        Instant now = clock.instant();
        if (account.isEmpty()
                || resets.issuedSince(account.get().username(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            return;
        }
        String link = baseUrl + LINK_PATH + newToken(account.get().username(), now, VALIDITY);
        outbox.queue(
                new OutgoingMail(
                        address,
                        "Réinitialisation de votre mot de passe – plateforme CPTS",
                        "Bonjour " + account.get().displayName() + ",\n\n"
                                + "Vous avez demandé à choisir un nouveau mot de passe pour votre compte « "
                                + account.get().username()
                                + " ». Suivez ce lien, valable une heure et une seule fois :\n"
                                + link + "\n\n"
                                + "Si vous n'avez rien demandé, ignorez ce courriel : votre mot de passe reste inchangé.\n\n"
                                + "La plateforme CPTS"),
                now);
    }

    /**
     * Welcomes a person whose account an administrator just opened: a single-use link, valid
     * {@link #INVITATION_VALIDITY}, to choose their first password (nobody else ever knows it).
     */
    void invite(Account account, String email, String baseUrl, Account by) {
        Instant now = clock.instant();
        String link = baseUrl + LINK_PATH + newToken(account.username(), now, INVITATION_VALIDITY);
        outbox.queue(
                new OutgoingMail(
                        email,
                        "Votre compte sur la plateforme CPTS",
                        "Bonjour " + account.displayName() + ",\n\n"
                                + by.displayName() + " vous a ouvert un compte « "
                                + account.role().label() + " » ("
                                + account.scope().describe() + ") sur la plateforme CPTS, identifiant « "
                                + account.username() + " ». Choisissez votre mot de passe en suivant ce lien, valable "
                                + "sept jours et une seule fois :\n" + link + "\n\nLa plateforme CPTS"),
                now);
    }

    private String newToken(String username, Instant now, Duration validity) {
        String token = LinkTokens.generate();
        resets.issue(username, LinkTokens.hash(token), now, now.plus(validity));
        return token;
    }

    /**
     * An administrator sends a person a reset link (valid {@link #VALIDITY}) without ever seeing their password;
     * refused when the account has no mail address or is disabled. Journalled.
     */
    void sendByAdministrator(Account administrator, String username, String baseUrl) {
        Account account = accounts.byUsername(username == null ? "" : username.strip())
                .filter(found -> !found.disabled())
                .orElseThrow(() -> new DomainException("Aucun compte actif n'a l'identifiant « " + username + " »."));
        String email = accounts.emailOf(account.username())
                .orElseThrow(() -> new DomainException("Le compte « " + account.username() + " » n'a pas d'adresse "
                        + "électronique : impossible de lui envoyer un lien."));
        Instant now = clock.instant();
        String link = baseUrl + LINK_PATH + newToken(account.username(), now, VALIDITY);
        outbox.queue(
                new OutgoingMail(
                        email,
                        "Choisir un nouveau mot de passe – plateforme CPTS",
                        "Bonjour " + account.displayName() + ",\n\n" + administrator.displayName()
                                + ", administrateur de la plateforme CPTS, vous envoie un lien pour choisir un nouveau mot "
                                + "de passe pour votre compte « " + account.username()
                                + " ». Il est valable une heure et une seule fois :\n" + link
                                + "\n\nLa plateforme CPTS"),
                now);
        audit.record(
                administrator,
                null,
                AuditedEntity.COMPTE,
                account.username(),
                AuditAction.RESET_LINK_SENT,
                null,
                List.of(new FieldChange("lien", null, "envoyé à " + email)));
    }

    /** The login a link still resets. */
    @Transactional(readOnly = true)
    Optional<String> usernameFor(String token) {
        return token == null || token.isBlank()
                ? Optional.empty()
                : resets.usernameFor(LinkTokens.hash(token), clock.instant());
    }

    /** Sets the new password from a valid link, which is then used; every session of the account ends. */
    void reset(String token, String chosen, String confirmation) {
        DomainException expired = new DomainException(
                "Ce lien n'est plus valable (il a déjà servi ou a plus d'une " + "heure) : demandez-en un nouveau.");
        String username = usernameFor(token).orElseThrow(() -> expired);
        Account account =
                accounts.byUsername(username).filter(found -> !found.disabled()).orElseThrow(() -> expired);
        PasswordRules.check(chosen, confirmation, account);
        if (!resets.use(LinkTokens.hash(token), clock.instant())) {
            throw expired;
        }
        accounts.changePassword(username, encoder.encode(chosen));
        audit.record(
                account,
                null,
                AuditedEntity.COMPTE,
                username,
                AuditAction.PASSWORD_RESET,
                null,
                List.of(new FieldChange("motDePasse", null, "réinitialisé par lien")));
        sessions.endAll(username);
    }
}
