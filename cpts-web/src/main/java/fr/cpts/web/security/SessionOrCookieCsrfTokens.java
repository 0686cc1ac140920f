package fr.cpts.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a form is kept: in the session of a signed-in person, and, for an anonymous visitor
 * (the sign-in form, the public simulator), in an HttpOnly cookie, so that no server session is created before
 * sign-in (a session row per anonymous request would let anyone fill the database). Once the session exists the
 * cookie is dropped.
 */
public final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    public static final String COOKIE = "CPTS-CSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieName(COOKIE);
        cookie.setCookieCustomizer(customizer -> customizer.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            cookie.saveToken(token, request, response);
            return;
        }
        session.saveToken(token, request, response);
        if (cookie.loadToken(request) != null) {
            cookie.saveToken(null, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            CsrfToken inSession = session.loadToken(request);
            if (inSession != null) {
                return inSession;
            }
        }
        return cookie.loadToken(request);
    }
}
