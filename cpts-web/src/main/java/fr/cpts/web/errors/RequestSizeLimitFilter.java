package fr.cpts.web.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before reading it, a request body larger than the platform ever needs (forms and JSON: 1 MB by
 * default, {@code cpts.request.max-body-bytes}); file uploads have their own limits
 * ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    RequestSizeLimitFilter(@Value("${cpts.request.max-body-bytes:1048576}") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase().startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > maxBodyBytes) {
            response.sendError(
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "La requête dépasse la taille maximale acceptée (" + maxBodyBytes / 1024 + " Ko).");
            return;
        }
        chain.doFilter(request, response);
    }
}
