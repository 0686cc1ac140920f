package fr.cpts.domain.profile;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;

import java.util.List;

/** Who may edit a CPTS's profile and territory: the porteur accounts bound to that CPTS; others only read. */
public final class ProfileEditors {

    private ProfileEditors() {
    }

    /** The porteur accounts bound to the CPTS, by login. */
    public static List<Account> of(CptsId cpts, Accounts accounts) {
        return accounts.all().stream().filter(account -> canEdit(account, cpts)).toList();
    }

    /** Whether that person may change the CPTS's profile and territory. */
    public static boolean canEdit(Account account, CptsId cpts) {
        return account.role() == Role.PORTEUR && account.scope() instanceof AccessScope.OwnCpts own
                && own.cpts().equals(cpts);
    }
}
