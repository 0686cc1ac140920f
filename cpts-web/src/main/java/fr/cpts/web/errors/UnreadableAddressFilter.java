package fr.cpts.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400) an address the platform never writes: a path parameter ({@code ;}, which Tomcat lets through and
 * Spring's path parser then failed on, as a 500, when it held a stray {@code %}), or a {@code %} not followed by
 * two hexadecimal digits. Runs before anything parses the path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableAddressFilter extends OncePerRequestFilter {

    private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.indexOf(';') >= 0 || STRAY_PERCENT.matcher(uri).find()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
