package fr.cpts.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (400) a request whose parameters hold a NUL character (U+0000): no person types one, PostgreSQL cannot
 * store it in a text column, and letting it through turned a message, a comment or a profile field into a 500.
 * Runs after the character-encoding filter (which must set UTF-8 before the parameters are first read).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsNul(request.getParameterMap())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
