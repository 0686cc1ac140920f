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
 * sessions on every device and instance, and enable it again; each act journalled. An administrator never disables
 * their own account.
 */
@Service
@Transactional
class AccountAdministration {

    private final Accounts accounts;
    private final Audit audit;
    private final OpenSessions sessions;

    AccountAdministration(Accounts accounts, Audit audit, OpenSessions sessions) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
    }

    void disable(Account administrator, String username) {
        Account target = change(administrator, username, true);
        sessions.endAll(target.username());
    }

    void enable(Account administrator, String username) {
        change(administrator, username, false);
    }

    private Account change(Account administrator, String username, boolean disabled) {
        if (administrator.role() != Role.ADMINISTRATOR) {
            throw new DomainException("Seul un administrateur désactive ou réactive un compte.");
        }
        Account target = accounts.byUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new DomainException("Aucun compte n'a l'identifiant « " + username + " »."));
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
