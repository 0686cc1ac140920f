package fr.cpts.web.security;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.web.CptsWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** In a context of its own (explicit throttle settings): the accounts it creates and blocks stay here. */
@CptsWebTest
@TestPropertySource(properties = {"cpts.login.max-failures-per-account=5", "cpts.login.max-failures-per-address=20"})
class WebSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void everyPageCarriesAPolicyWithoutInlineScriptsAndTheProtectiveHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("script-src 'self'"),
                                        containsString("frame-ancestors 'none'"),
                                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeBeingRead() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType("application/json")
                        .content("{\"population\": \"" + "9".repeat(1_100_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void noTemplateHoldsAnInlineScriptOrStyle() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("<script>")),
                                not(containsString(" style=\"")),
                                not(containsString("<style")))));
        mvc.perform(get("/simulateur"))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("<script>")),
                                not(containsString(" style=\"")),
                                not(containsString("<style")))));
    }

    @Test
    void anAccountIsSuspendedAfterFiveWrongPasswordsEvenForTheRightOne() throws Exception {
        accounts.create(new Account(
                "cible",
                "Compte visé",
                passwordEncoder.encode("le-bon"),
                Role.ADMINISTRATOR,
                new AccessScope.Platform()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("cible", "devine-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn("cible", "le-bon")).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?bloque"));
        mvc.perform(get("/login").param("bloque", ""))
                .andExpect(content().string(containsString("Trop de tentatives de connexion infructueuses")));
    }

    @Test
    void theOwnerSignsInFromAnotherAddressWhileTheGuesserWaits() throws Exception {
        accounts.create(new Account(
                "cible-2",
                "Compte visé",
                passwordEncoder.encode("le-bon"),
                Role.ADMINISTRATOR,
                new AccessScope.Platform()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("cible-2", "devine-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("cible-2", "devine-5")).andExpect(redirectedUrl("/login?bloque"));

        mvc.perform(post("/login")
                        .param("username", "cible-2")
                        .param("password", "le-bon")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("198.51.100.20");
                            return request;
                        }))
                .andExpect(authenticated().withUsername("cible-2"))
                .andExpect(redirectedUrl("/"));
    }

    /** A sign-in from an address of its own, so this test's failures do not count against the other tests'. */
    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2.10");
                    return request;
                });
    }
}
