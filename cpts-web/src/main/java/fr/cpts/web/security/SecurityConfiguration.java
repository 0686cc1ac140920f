package fr.cpts.web.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Who may reach what: public pages (login, funding simulator, public API, static assets) for everyone, each role's
 * home for that role, everything else for signed-in people. Scope (own CPTS, région, départements) is checked
 * again by the services, not only here. OpenID Connect sign-in (ProConnect, Pro Santé Connect) is added when
 * a provider is configured ({@code spring.security.oauth2.client.registration.*}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/mot-de-passe-oublie",
        "/mot-de-passe/nouveau",
        "/inscription",
        "/inscription/verification",
        "/invitation",
        "/error",
        "/dsfr/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/simulateur/**",
        "/annuaire",
        "/annuaire.*",
        "/carte",
        "/diagnostic",
        "/mentions-legales",
        "/donnees-personnelles",
        "/gestion-des-cookies",
        "/accessibilite",
        "/plan-du-site",
        "/api/v1/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/actuator/health/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            ObjectProvider<ClientRegistrationRepository> oidcProviders,
            OidcAccountService oidcAccounts)
            throws Exception {
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .defaultSuccessUrl("/", true)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                            + (exception instanceof OAuth2AuthenticationException refused
                                            && OidcAccountService.SIGN_UP_NEEDED.equals(
                                                    refused.getError().getErrorCode())
                                    ? "/inscription?psc"
                                    : "/login?refus-oidc"))));
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/porteur/**")
                        .hasRole("PORTEUR")
                        .requestMatchers("/ars/**")
                        .hasRole("ARS_OFFICER")
                        .requestMatchers("/cpam/**")
                        .hasRole("CPAM_OFFICER")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signedIn(throttle))
                        .failureHandler((request, response, exception) -> {
                            if (exception instanceof AuthenticationServiceException) {
                                // the accounts could not be read (database unreachable): not the person's fault
                                response.sendRedirect(request.getContextPath() + "/login?indisponible");
                                return;
                            }
                            throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                        .permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?deconnecte")
                        .deleteCookies("JSESSIONID", "SESSION", SessionOrCookieCsrfTokens.COOKIE)
                        .permitAll())
                // the public funding API computes and stores nothing: no session, nothing to forge; anonymous forms
                // carry their token in a cookie, so that no session is created before sign-in
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/funding/**")
                        .csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                // after sign-in everyone lands on their home: the page first asked is not kept in a session
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /** Home, whatever page was asked first; the owner's address starts afresh in the throttle. */
    private static AuthenticationSuccessHandler signedIn(LoginThrottle throttle) {
        SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler("/");
        home.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            throttle.recordSuccess(request.getParameter("username"), request.getRemoteAddr());
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** An address the firewall refuses (« ; », encoded slash, « .. ») is a bad request, not a server error. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_BAD_REQUEST);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
