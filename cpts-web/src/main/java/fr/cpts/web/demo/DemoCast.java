package fr.cpts.web.demo;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.web.account.AccountCreation;
import fr.cpts.web.account.UnusablePasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The people of the demo: one account per role with the passwords of the README and one porteur per demo CPTS of
 * Nouvelle-Aquitaine, each creation journaled as done by the platform (an existing login is left as it is); and the
 * people of Guadeloupe, who act in the story under their own name but have no account here.
 */
@Component
@ConditionalOnProperty(name = "cpts.demo-data.enabled", havingValue = "true")
class DemoCast {

    /** The demo accounts' mail addresses, on a domain reserved never to exist (RFC 2606): nothing leaves the platform. */
    static final String DEMO_MAIL_DOMAIN = "@demo.cpts.invalid";

    private static final Logger log = LoggerFactory.getLogger(DemoCast.class);

    private final AccountCreation creation;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    DemoCast(AccountCreation creation, Accounts accounts, PasswordEncoder passwords) {
        this.creation = creation;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** An officer's or the administrator's account, signed in with that password. */
    Account officer(String username, String displayName, String password, Role role, AccessScope scope) {
        return account(username, displayName, password, role, scope);
    }

    /** That ARS officer, made the référent of their région (who manages its officers' accounts). */
    Account referent(Account officer) {
        if (!officer.referent()) {
            accounts.setReferent(officer.username(), true);
        }
        return accounts.byUsername(officer.username()).orElseThrow();
    }

    /** The porteur of a demo CPTS: an account with that password, or, when it is null, a person without account. */
    Account porteur(String username, String displayName, String password, CptsRecord cpts) {
        AccessScope own = new AccessScope.OwnCpts(cpts.id());
        return password == null
                ? withoutAccount(username, displayName, Role.PORTEUR, own)
                : account(username, displayName, password, Role.PORTEUR, own);
    }

    /** Someone who acts in the story under their name and scope, with no account (nobody signs in as them). */
    Account withoutAccount(String username, String displayName, Role role, AccessScope scope) {
        return new Account(username, displayName, UnusablePasswords.hash(), role, scope);
    }

    private Account account(String username, String displayName, String password, Role role, AccessScope scope) {
        if (creation.createIfAbsentBySystem(
                new Account(username, displayName, passwords.encode(password), role, scope))) {
            log.info("Données de démonstration : création du compte « {} » ({})", username, role.label());
        }
        if (accounts.emailOf(username).isEmpty()) {
            accounts.setEmail(username, username + DEMO_MAIL_DOMAIN);
        }
        return accounts.byUsername(username).orElseThrow();
    }
}
