package fr.cpts.web.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.PorteurInvitations;
import fr.cpts.domain.account.PorteurInvitations.Invitation;
import fr.cpts.domain.account.PorteurTeam;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.EmailAddress;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.account.LinkTokens;
import fr.cpts.web.account.TeamJournal;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import fr.cpts.web.security.OpenSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The porteurs of a CPTS as a team: a porteur without a CPTS creates one (at « Initiative », its creator its first
 * porteur); a porteur invites a colleague by a single-use link valid {@link #INVITATION_VALIDITY}, withdraws an
 * invitation, removes a porteur or leaves (the last one cannot); an invited porteur without a CPTS joins. Each act is
 * journalled in the CPTS's journal, under the name of the porteur who made it.
 */
@Service
@Transactional
public class CptsTeam {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final String LINK_PATH = "/invitation?jeton=";
    private static final int NAME_MAX = 200;

    private final CptsRecords records;
    private final Accounts accounts;
    private final PorteurInvitations invitations;
    private final Communes communes;
    private final MailOutbox outbox;
    private final Audit audit;
    private final OpenSessions sessions;
    private final Clock clock;
    private final TeamJournal teamJournal;

    CptsTeam(
            CptsRecords records,
            Accounts accounts,
            PorteurInvitations invitations,
            Communes communes,
            MailOutbox outbox,
            Audit audit,
            OpenSessions sessions,
            Clock clock,
            TeamJournal team) {
        this.teamJournal = team;
        this.records = records;
        this.accounts = accounts;
        this.invitations = invitations;
        this.communes = communes;
        this.outbox = outbox;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** An invitation as its page shows it: to which CPTS, from whom, until when. */
    public record InvitationView(CptsRecord cpts, String invitedBy, Instant expiresAt) {}

    /** The porteur (without a CPTS) creates one, named, seated in that département; their account, now bound to it. */
    public Account found(Account porteur, String typedName, String typedDepartement) {
        if (porteur.role() != Role.PORTEUR || !(porteur.scope() instanceof AccessScope.NoCpts)) {
            throw new DomainException(
                    "Vous êtes déjà porteur d'une CPTS : quittez d'abord son équipe pour en créer " + "une autre.");
        }
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty() || name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("Nom de la CPTS : il est obligatoire, en " + NAME_MAX + " caractères au plus.");
        }
        String code = typedDepartement == null ? "" : typedDepartement.strip().toUpperCase();
        Departement departement = communes.departements().stream()
                .filter(known -> known.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        "Département du siège : choisissez le département où la CPTS a son siège."));
        if (records.byName(name).isPresent()) {
            throw new DomainException("Nom de la CPTS : une CPTS porte déjà ce nom ; précisez-le, par exemple avec "
                    + "le nom de votre territoire.");
        }
        CptsRecord created =
                records.create(name, new RegionCode(departement.regionCode()), new DepartementCode(departement.code()));
        accounts.attach(porteur.username(), Optional.of(created.id()));
        audit.record(
                porteur,
                created.id(),
                AuditedEntity.FICHE_CPTS,
                created.id().value(),
                AuditAction.CREATION,
                null,
                List.of(
                        new FieldChange("name", null, name),
                        new FieldChange("departement", null, departement.code() + " " + departement.name()),
                        new FieldChange("stage", null, created.stage().label())));
        teamJournal.joined(porteur, created.id());
        return bound(porteur, created.id());
    }

    /** The porteurs of the person's CPTS. */
    @Transactional(readOnly = true)
    public PorteurTeam team(Account porteur) {
        return new PorteurTeam(own(porteur), accounts.porteursOf(own(porteur)));
    }

    /** The invitations of the person's CPTS still waiting for an answer. */
    @Transactional(readOnly = true)
    public List<Invitation> waiting(Account porteur) {
        return invitations.waitingOf(own(porteur), clock.instant());
    }

    /** The display names of those logins (who invited whom). */
    @Transactional(readOnly = true)
    public Map<String, String> names(List<String> usernames) {
        return accounts.displayNames(usernames);
    }

    /** A porteur invites a colleague to join their CPTS: a mail with a single-use link. Journalled. */
    public void invite(Account porteur, String typedEmail, String baseUrl) {
        CptsId cpts = own(porteur);
        String email = typedEmail == null ? "" : typedEmail.strip();
        if (!EmailAddress.isValid(email)) {
            throw new DomainException(
                    "Adresse électronique : écrivez l'adresse de votre collègue, par exemple prenom.nom@exemple.fr.");
        }
        if (accounts.byEmail(email)
                .filter(colleague -> colleague.scope().equals(new AccessScope.OwnCpts(cpts)))
                .isPresent()) {
            throw new DomainException("Adresse électronique : cette personne est déjà porteur de la CPTS.");
        }
        CptsRecord record = records.byId(cpts).orElseThrow();
        Instant now = clock.instant();
        invitations.withdraw(cpts, email, now);
        String token = LinkTokens.generate();
        invitations.issue(
                new Invitation(cpts, email, porteur.username(), now, now.plus(INVITATION_VALIDITY)),
                LinkTokens.hash(token));
        outbox.queue(
                new OutgoingMail(
                        email,
                        "Invitation à rejoindre la CPTS " + record.name(),
                        "Bonjour,\n\n" + porteur.displayName() + " vous invite à rejoindre l'équipe des porteurs de la "
                                + "CPTS « " + record.name() + " » sur la plateforme CPTS, pour rédiger ensemble ses "
                                + "dossiers (lettre d'intention, projet de santé, contrat).\n\n"
                                + "Suivez ce lien, valable sept jours et une seule fois :\n"
                                + baseUrl + LINK_PATH + token + "\n\n"
                                + "Vous n'avez pas encore de compte ? La page du lien vous propose de vous inscrire.\n\n"
                                + "La plateforme CPTS"),
                now);
        audit.record(
                porteur,
                cpts,
                AuditedEntity.COMPTE,
                email,
                AuditAction.INVITATION_SENT,
                null,
                List.of(new FieldChange("invitation", null, email)));
    }

    /** A porteur withdraws the invitations still waiting for that address. Journalled. */
    public void withdraw(Account porteur, String email) {
        CptsId cpts = own(porteur);
        if (invitations.withdraw(cpts, email == null ? "" : email.strip(), clock.instant()) == 0) {
            throw new DomainException("Aucune invitation en attente pour « " + email + " ».");
        }
        audit.record(
                porteur,
                cpts,
                AuditedEntity.COMPTE,
                email.strip(),
                AuditAction.INVITATION_WITHDRAWN,
                null,
                List.of(new FieldChange("invitation", email.strip(), null)));
    }

    /** The invitation a link stands for, for its page; empty when it is no longer valid. */
    @Transactional(readOnly = true)
    public Optional<InvitationView> invitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations
                .pending(LinkTokens.hash(token), clock.instant())
                .map(found -> new InvitationView(
                        records.byId(found.cpts()).orElseThrow(),
                        accounts.displayNames(List.of(found.invitedBy())).getOrDefault(found.invitedBy(), "un porteur"),
                        found.expiresAt()));
    }

    /** A porteur without a CPTS follows an invitation and joins its team; their account, now bound to it. */
    public Account join(Account porteur, String token) {
        if (porteur.role() != Role.PORTEUR) {
            throw new DomainException("Seul un compte de porteur de projet rejoint l'équipe d'une CPTS.");
        }
        Instant now = clock.instant();
        String hash = LinkTokens.hash(token == null ? "" : token);
        Invitation invitation = invitations
                .pending(hash, now)
                .orElseThrow(() -> new DomainException("Cette invitation n'est plus valable (elle a déjà servi, a été "
                        + "retirée ou a plus de sept jours) : demandez-en une nouvelle."));
        if (porteur.scope() instanceof AccessScope.OwnCpts own) {
            throw new DomainException(
                    own.cpts().equals(invitation.cpts())
                            ? "Vous êtes déjà porteur de cette CPTS."
                            : "Vous êtes déjà porteur d'une autre CPTS : quittez d'abord son équipe pour rejoindre celle-ci.");
        }
        accounts.lockedTeam(invitation.cpts());
        if (!invitations.use(hash, porteur.username(), now)) {
            throw new DomainException("Cette invitation vient d'être utilisée.");
        }
        accounts.attach(porteur.username(), Optional.of(invitation.cpts()));
        teamJournal.joined(porteur, invitation.cpts());
        return bound(porteur, invitation.cpts());
    }

    /**
     * A porteur removes a colleague from the team, or leaves it (the last porteur cannot): the removed account is
     * bound to no CPTS and its other sessions end. The removed account, as it now stands.
     */
    public Account remove(Account porteur, String username) {
        CptsId cpts = own(porteur);
        Account removed = accounts.lockedTeam(cpts).removable(username == null ? "" : username.strip());
        accounts.attach(removed.username(), Optional.empty());
        audit.record(
                porteur,
                cpts,
                AuditedEntity.COMPTE,
                removed.username(),
                AuditAction.TEAM_LEFT,
                null,
                List.of(new FieldChange("porteur", removed.displayName(), null)));
        if (!removed.username().equalsIgnoreCase(porteur.username())) {
            sessions.endAll(removed.username());
        }
        return new Account(
                removed.username(),
                removed.displayName(),
                "",
                Role.PORTEUR,
                new AccessScope.NoCpts(),
                removed.disabled());
    }

    private static Account bound(Account porteur, CptsId cpts) {
        return new Account(
                porteur.username(),
                porteur.displayName(),
                "",
                Role.PORTEUR,
                new AccessScope.OwnCpts(cpts),
                porteur.disabled());
    }

    private static CptsId own(Account porteur) {
        if (!(porteur.scope() instanceof AccessScope.OwnCpts own)) {
            throw new DomainException("Vous n'êtes porteur d'aucune CPTS : créez-en une ou suivez une invitation.");
        }
        return own.cpts();
    }
}
