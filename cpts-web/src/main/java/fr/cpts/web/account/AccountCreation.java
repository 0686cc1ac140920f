package fr.cpts.web.account;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and journals each creation in the same transaction (login, name, role and scope; never the
 * password). A porteur's account is journaled in its CPTS's journal; the others in the platform's.
 */
@Service
public class AccountCreation {

    private final Accounts accounts;
    private final Audit audit;

    AccountCreation(Accounts accounts, Audit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Whether an account has that login (compared without regard to case). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.byUsername(username).isPresent();
    }

    /** Creates the account unless its login is taken; whether it was created. Done by the platform itself. */
    @Transactional
    public boolean createIfAbsentBySystem(Account account) {
        if (accounts.byUsername(account.username()).isPresent()) {
            return false;
        }
        accounts.create(account);
        CptsId cpts = account.scope() instanceof AccessScope.OwnCpts own ? own.cpts() : null;
        audit.recordBySystem(
                cpts,
                AuditedEntity.COMPTE,
                account.username(),
                AuditAction.CREATION,
                List.of(
                        new FieldChange("username", null, account.username()),
                        new FieldChange("displayName", null, account.displayName()),
                        new FieldChange("role", null, account.role().label()),
                        new FieldChange("scope", null, account.scope().describe())));
        return true;
    }
}
