package fr.cpts.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CptsWebTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} arrive sur {3}")
    @CsvSource({
        "porteur, porteur-demo, PORTEUR,       /porteur, CPTS Sud Gironde",
        "ars,     ars-demo,     ARS_OFFICER,   /ars,     CPTS de la région",
        "cpam,    cpam-demo,    CPAM_OFFICER,  /cpam,    CPTS des départements",
        "admin,   admin-demo,   ADMINISTRATOR, /admin,   Comptes"
    })
    void eachDemoAccountSignsInAndLandsOnItsRoleHome(
            String username, String password, String role, String home, String expectedText) throws Exception {
        MockHttpSession session = signIn(username, password, role);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl(home));
        mvc.perform(get(home).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expectedText)))
                .andExpect(content().string(containsString("Se déconnecter")));
    }

    @ParameterizedTest(name = "sans connexion, {0} renvoie vers la connexion")
    @CsvSource({"/", "/porteur", "/ars", "/cpam", "/admin"})
    void anAnonymousRequestToAPrivatePageRedirectsToLogin(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageAndTheDesignSystemNeedNoLogin() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Connexion à la plateforme CPTS")));
        mvc.perform(get("/dsfr/dsfr.min.css")).andExpect(status().isOk());
        mvc.perform(get("/dsfr/dsfr.module.min.js")).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordGetsTheSameGenericMessageAsAnUnknownLogin() throws Exception {
        mvc.perform(formLogin("/login").user("porteur").password("mauvais"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("inconnu").password("mauvais"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Identifiant ou mot de passe incorrect.")));
    }

    @ParameterizedTest(name = "{0} ne peut pas ouvrir {2}")
    @CsvSource({
        "porteur, porteur-demo, /ars",
        "porteur, porteur-demo, /admin",
        "ars,     ars-demo,     /cpam",
        "cpam,    cpam-demo,    /porteur",
        "admin,   admin-demo,   /ars"
    })
    void aRoleCannotOpenAnotherRolesHome(String username, String password, String path) throws Exception {
        MockHttpSession session = signIn(username, password, null);

        mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("ars", "ars-demo", "ARS_OFFICER");

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?deconnecte"));
        mvc.perform(get("/ars").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() throws Exception {
        MockHttpSession session = signIn("ars", "ars-demo", "ARS_OFFICER");

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/ars").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession signIn(String username, String password, String role) throws Exception {
        var login = mvc.perform(formLogin("/login").user(username).password(password));
        MvcResult result = (role == null
                        ? login.andExpect(authenticated())
                        : login.andExpect(authenticated().withRoles(role)))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
