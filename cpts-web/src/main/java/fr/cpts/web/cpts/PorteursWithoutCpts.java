package fr.cpts.web.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A porteur who has no CPTS yet (just signed up, or left a team) is sent from every page of a CPTS to « Créer ma
 * CPTS », where they create one or learn how to join one; only that page and the joining of a team are open to them.
 */
@Configuration(proxyBeanMethods = false)
class PorteursWithoutCpts implements WebMvcConfigurer, HandlerInterceptor {

    static final String FOUNDING = "/porteur/nouvelle-cpts";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/porteur", "/porteur/**")
                .excludePathPatterns(FOUNDING, "/porteur/invitation");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null
                && signedIn.getPrincipal() instanceof SignedInUser user
                && user.account().scope() instanceof AccessScope.NoCpts) {
            response.sendRedirect(request.getContextPath() + FOUNDING);
            return false;
        }
        return true;
    }
}
