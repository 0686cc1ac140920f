package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/**
 * The person signed in, with their account (role and scope) at hand for pages and services. Once the password is
 * checked its hash is dropped, so the session (stored in PostgreSQL) never holds it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private Account account;

    public SignedInUser(Account account) {
        this.account = account;
    }

    public Account account() {
        return account;
    }

    @Override
    public void eraseCredentials() {
        account = account.withoutPassword();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    /** Name shown in the header. */
    public String getDisplayName() {
        return account.displayName();
    }

    /** Role and scope shown in the header, e.g. « Agent ARS — région 75 ». */
    public String getRoleAndScope() {
        return account.role().label() + " — " + account.scope().describe();
    }
}
