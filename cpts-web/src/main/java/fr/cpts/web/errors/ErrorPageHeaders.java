package fr.cpts.web.errors;

import fr.cpts.web.security.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The security headers on every error page the application renders, also for a request Tomcat refused before any
 * filter ran (too many parts in an upload, say): Spring Security writes its headers on the request's first pass
 * only, and that pass never happened.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageHeaders {

    @Bean
    FilterRegistrationBean<Filter> errorPageSecurityHeaders() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            if (response instanceof HttpServletResponse http) {
                SecurityHeaders.writeTo(http);
            }
            chain.doFilter(request, response);
        });
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
