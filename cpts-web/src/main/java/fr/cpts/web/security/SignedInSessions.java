package fr.cpts.web.security;

import fr.cpts.domain.account.Account;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the person's own session in step with their account when they change its scope themselves (a porteur who
 * creates a CPTS, joins one or leaves its team): the next page already shows the new scope, without signing in again.
 */
@Component
public class SignedInSessions {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** The session of this request now holds that account (without its password hash). */
    public void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = new SignedInUser(account.withoutPassword());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
