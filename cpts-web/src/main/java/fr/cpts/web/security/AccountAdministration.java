package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to the accounts: disable one (a person who left, an access to close), which ends its
 * sessions on every device and instance, and enable it again; flag an ARS officer référent of their région, who then
 * disables and enables the officers of that région too. Each act journalled; nobody disables their own account.
 */
@Service
@Transactional
class AccountAdministration {

    private final Accounts accounts;
    private final Audit audit;
    private final OpenSessions sessions;
    private final OfficerAccounts officers;

    AccountAdministration(Accounts accounts, Audit audit, OpenSessions sessions, OfficerAccounts officers) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.officers = officers;
    }

    /** The administrator flags an ARS officer référent of their région, or no longer. Journalled. */
    void setReferent(Account administrator, String username, boolean referent) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new DomainException("Seul un administrateur désigne le référent d'une ARS.");
        }
        if (!accounts.setReferent(username == null ? "" : username.strip(), referent)) {
            throw new DomainException("Aucun agent de l'ARS n'a l'identifiant « " + username + " ».");
        }
        audit.record(
                administrator,
                null,
                AuditedEntity.COMPTE,
                username.strip(),
                AuditAction.REFERENT_CHANGED,
                null,
                List.of(new FieldChange("référent", referent ? "non" : "oui", referent ? "oui" : "non")));
        sessions.endAll(username.strip());
    }

    void disable(Account administrator, String username) {
        Account target = change(administrator, username, true);
        sessions.endAll(target.username());
    }

    void enable(Account administrator, String username) {
        change(administrator, username, false);
    }

    private Account change(Account administrator, String username, boolean disabled) {
        Account target = accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new DomainException("Aucun compte n'a l'identifiant « " + username + " »."));
        if (administrator.role() != Role.ADMINISTRATOR
                && !(target.role() != Role.PORTEUR
                        && target.role() != Role.ADMINISTRATOR
                        && officers.manages(administrator, target.scope()))) {
            throw new DomainException("Seul un administrateur, ou le référent de l'ARS pour les agents de sa région, "
                    + "désactive ou réactive un compte.");
        }
        if (target.username().equalsIgnoreCase(administrator.username())) {
            throw new DomainException("Vous ne pouvez pas désactiver votre propre compte.");
        }
        if (target.disabled() == disabled) {
            throw new DomainException(
                    "Le compte « " + target.username() + " » est déjà " + (disabled ? "désactivé." : "actif."));
        }
        accounts.setDisabled(target.username(), disabled);
        audit.record(
                administrator,
                null,
                AuditedEntity.COMPTE,
                target.username(),
                disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED,
                null,
                List.of(new FieldChange("état", disabled ? "actif" : "désactivé", disabled ? "désactivé" : "actif")));
        return target;
    }
}
