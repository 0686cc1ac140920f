package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in, with their account (role and scope) at hand for pages and services, whether they signed
 * in with a password or through OpenID Connect (ProConnect, Pro Santé Connect). Once the password is checked its
 * hash is dropped, so the session (stored in PostgreSQL) never holds it.
 */
public final class SignedInUser implements UserDetails, OidcUser, CredentialsContainer {

    private Account account;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    public SignedInUser(Account account) {
        this(account, null, null);
    }

    /** Signed in through an OpenID Connect provider that vouched for this account's identity. */
    SignedInUser(Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.account = account;
        this.idToken = idToken;
        this.userInfo = userInfo;
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

    /** A disabled account cannot sign in (its sessions are ended when it is disabled). */
    @Override
    public boolean isEnabled() {
        return !account.disabled();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public String getName() {
        return account.username();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    /** Name shown in the header. */
    public String getDisplayName() {
        return account.displayName();
    }
}
