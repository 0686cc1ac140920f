package fr.cpts.domain.profile;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;

/**
 * Who may edit a CPTS's profile and territory: the porteur accounts bound to that CPTS ({@code Accounts.porteursOf});
 * others only read.
 */
public final class ProfileEditors {

    private ProfileEditors() {}

    /** Whether that person may change the CPTS's profile and territory. */
    public static boolean canEdit(Account account, CptsId cpts) {
        return account.role() == Role.PORTEUR
                && account.scope() instanceof AccessScope.OwnCpts own
                && own.cpts().equals(cpts);
    }
}
