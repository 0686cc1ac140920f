package fr.cpts.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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
        "/error",
        "/dsfr/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/simulateur/**",
        "/api/v1/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/actuator/health/**"
    };

    /** No inline script or style anywhere: pages load the DSFR and the platform's files from this origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

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
                    .failureHandler((request, response, exception) ->
                            response.sendRedirect(request.getContextPath() + "/login?refus-oidc")));
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
                        .defaultSuccessUrl("/", true)
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
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?deconnecte")
                        .deleteCookies("JSESSIONID")
                        .permitAll())
                // the public funding API computes and stores nothing: no session, nothing to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/funding/**"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
