package fr.cpts.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address prefix of the officer a page shared by the ARS and the CPAM is served to ({@code /ars} or
 * {@code /cpam}), read from the request's path within the application (whatever its context path), so its links and
 * redirects stay under the viewer's own prefix.
 */
public final class OfficerPrefix {

    private OfficerPrefix() {}

    public static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/ars/") ? "/ars" : "/cpam";
    }
}
