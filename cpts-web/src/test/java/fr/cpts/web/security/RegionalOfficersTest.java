package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The ARS référent (the demo « ars », référent of Nouvelle-Aquitaine) opens, disables and enables the officer accounts
 * of their région, never of another; an ARS officer who is not référent finds no such page; the administrator
 * designates the référent, journalled.
 */
@CptsWebTest
class RegionalOfficersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReferentOpensACpamOfficerOfTheirRegionButNotOfAnother() throws Exception {
        MockHttpSession referent = SignIn.as(mvc, "ars", "ars-demo");
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);

        open(referent, "cpam-landes-" + suffix, "CPAM_OFFICER", "", "40")
                .andExpect(flash().attribute("success", containsString("est ouvert")));
        open(referent, "cpam-paris-" + suffix, "CPAM_OFFICER", "", "75")
                .andExpect(flash().attribute("error", containsString("Périmètre : en tant que référent")));
        open(referent, "ars-idf-" + suffix, "ARS_OFFICER", "11", "")
                .andExpect(flash().attribute("error", containsString("Périmètre")));

        assertThat(accounts.byUsername("cpam-landes-" + suffix)).isPresent();
        assertThat(accounts.byUsername("cpam-paris-" + suffix)).isEmpty();
        assertThat(accounts.byUsername("ars-idf-" + suffix)).isEmpty();
        mvc.perform(get("/ars/agents").session(referent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cpam-landes-" + suffix)))
                .andExpect(content().string(containsString("Nadia Benali")));
    }

    @Test
    void theReferentDisablesAnOfficerOfTheirRegionAndNotOneOfAnother() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        accounts.create(new Account(
                "ars-na-" + suffix,
                "Agent NA",
                "{noop}x",
                Role.ARS_OFFICER,
                new AccessScope.Region(new RegionCode("75"))));
        accounts.create(new Account(
                "ars-idf-" + suffix,
                "Agent IDF",
                "{noop}x",
                Role.ARS_OFFICER,
                new AccessScope.Region(new RegionCode("11"))));
        MockHttpSession referent = SignIn.as(mvc, "ars", "ars-demo");

        mvc.perform(post("/ars/agents/ars-na-" + suffix + "/desactiver")
                        .with(csrf())
                        .session(referent))
                .andExpect(redirectedUrl("/ars/agents"))
                .andExpect(flash().attribute("success", containsString("désactivé")));
        mvc.perform(post("/ars/agents/ars-idf-" + suffix + "/desactiver")
                        .with(csrf())
                        .session(referent))
                .andExpect(
                        flash().attribute("error", containsString("référent de l'ARS pour les agents de sa région")));
        mvc.perform(post("/ars/agents/porteur/desactiver").with(csrf()).session(referent))
                .andExpect(flash().attribute("error", containsString("référent")));

        assertThat(accounts.byUsername("ars-na-" + suffix).orElseThrow().disabled())
                .isTrue();
        assertThat(accounts.byUsername("ars-idf-" + suffix).orElseThrow().disabled())
                .isFalse();
        assertThat(accounts.byUsername("porteur").orElseThrow().disabled()).isFalse();
    }

    @Test
    void anArsOfficerWhoIsNotReferentFindsNoPageUntilTheAdministratorDesignatesThem() throws Exception {
        String login = "ars-simple-" + System.nanoTime() % 1_000_000;
        accounts.create(new Account(
                login,
                "Agent simple",
                encoder.encode("agent-demo-long"),
                Role.ARS_OFFICER,
                new AccessScope.Region(new RegionCode("75"))));
        mvc.perform(get("/ars/agents").session(SignIn.as(mvc, login, "agent-demo-long")))
                .andExpect(status().isNotFound());

        mvc.perform(post("/admin/comptes/" + login + "/referent")
                        .param("referent", "true")
                        .with(csrf())
                        .session(SignIn.as(mvc, "admin", "admin-demo")))
                .andExpect(flash().attribute("success", containsString("est désormais référent")));

        assertThat(accounts.byUsername(login).orElseThrow().referent()).isTrue();
        mvc.perform(get("/ars/agents").session(SignIn.as(mvc, login, "agent-demo-long")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_id = ? and action = ?",
                        Long.class,
                        login,
                        AuditAction.REFERENT_CHANGED.label()))
                .isOne();
        mvc.perform(post("/admin/comptes/cpam/referent")
                        .param("referent", "true")
                        .with(csrf())
                        .session(SignIn.as(mvc, "admin", "admin-demo")))
                .andExpect(flash().attribute("error", containsString("Aucun agent de l'ARS")));
    }

    private ResultActions open(
            MockHttpSession session, String username, String role, String region, String departements)
            throws Exception {
        return mvc.perform(post("/ars/agents/nouveau")
                .param("username", username)
                .param("displayName", "Agent " + username)
                .param("email", username + "@exemple.fr")
                .param("role", role)
                .param("region", region)
                .param("departements", departements)
                .with(csrf())
                .session(session));
    }
}
