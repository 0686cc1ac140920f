package fr.cpts.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what: public pages (login, funding simulator, public API, static assets) for everyone, each role's
 * home for that role, everything else for signed-in people. Scope (own CPTS, région, départements) is checked
 * again by the services, not only here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/login", "/error", "/dsfr/**", "/css/**", "/js/**", "/favicon.ico",
            "/simulateur/**", "/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/porteur/**").hasRole("PORTEUR")
                        .requestMatchers("/ars/**").hasRole("ARS_OFFICER")
                        .requestMatchers("/cpam/**").hasRole("CPAM_OFFICER")
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
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
