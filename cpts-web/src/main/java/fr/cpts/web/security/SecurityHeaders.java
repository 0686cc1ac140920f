package fr.cpts.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response: written by Spring Security for what reaches the application, and by
 * the container's own error pages (errors.FrenchErrorReportValve) and every error dispatch (errors.ErrorPageHeaders)
 * for what it refuses before.
 */
public final class SecurityHeaders {

    /** No inline script or style anywhere: pages load the DSFR and the platform's files from this origin only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    /** The headers Spring Security writes, for a response it never sees. */
    public static void writeTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("X-XSS-Protection", "0");
    }
}
