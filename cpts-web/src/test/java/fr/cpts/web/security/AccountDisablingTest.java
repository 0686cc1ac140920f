package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator disables an account: it cannot sign in; enabled again, it can (that its open sessions end on every
 * instance is {@code SharedSessionTest}'s, on real processes sharing the session store).
 */
@CptsWebTest
class AccountDisablingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDisabledAccountCannotSignInAndItsSessionsEndUntilItIsEnabledAgain() throws Exception {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Compte Fermé", records, territories, accounts, encoder);
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(post("/admin/comptes/" + team.username() + "/desactiver")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("success", containsString("est désactivé")));

        assertThat(accounts.byUsername(team.username()).orElseThrow().disabled())
                .isTrue();
        mvc.perform(formLogin("/login").user(team.username()).password(team.password()))
                .andExpect(unauthenticated());
        mvc.perform(get("/admin").session(admin)).andExpect(status().isOk());

        mvc.perform(post("/admin/comptes/" + team.username() + "/reactiver")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("success", containsString("est réactivé")));
        SignIn.as(mvc, team.username(), team.password());
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'COMPTE' and entity_id = ? order by id",
                        String.class,
                        team.username()))
                .containsExactly("Compte désactivé", "Compte réactivé");
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccountNorAnUnknownOne() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(post("/admin/comptes/admin/desactiver").with(csrf()).session(admin))
                .andExpect(flash().attribute("error", "Vous ne pouvez pas désactiver votre propre compte."));
        mvc.perform(post("/admin/comptes/personne/desactiver").with(csrf()).session(admin))
                .andExpect(flash().attribute("error", "Aucun compte n'a l'identifiant « personne »."));
        mvc.perform(post("/admin/comptes/admin/desactiver")
                        .with(csrf())
                        .with(user("ars").roles("ARS_OFFICER")))
                .andExpect(status().isForbidden());
    }
}
