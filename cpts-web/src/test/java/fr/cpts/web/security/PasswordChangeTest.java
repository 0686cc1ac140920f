package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/** A person changes their own password in « Mon compte », after proving the current one. */
@CptsWebTest
class PasswordChangeTest {

    private static final String NEW = "trois chats gris sur le toit";

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
    void thePasswordIsChangedOnlyWithTheCurrentOneAndANewOneFollowingTheRules() throws Exception {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Mot De Passe", records, territories, accounts, encoder);
        MockHttpSession session = SignIn.as(mvc, team.username(), team.password());
        String before = accounts.byUsername(team.username()).orElseThrow().passwordHash();

        mvc.perform(get("/compte").session(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("compte au moins 12 caractères")));
        change(session, "pas le bon", NEW, NEW)
                .andExpect(flash().attribute("error", containsString("Mot de passe actuel : il ne correspond pas")));
        change(session, team.password(), "azertyuiop12", "azertyuiop12")
                .andExpect(flash().attribute("error", containsString("Nouveau mot de passe : il est trop répandu")));
        change(session, team.password(), NEW, NEW + "!")
                .andExpect(flash().attribute("error", containsString("Confirmation : elle diffère")));
        assertThat(accounts.byUsername(team.username()).orElseThrow().passwordHash())
                .isEqualTo(before);

        change(session, team.password(), NEW, NEW)
                .andExpect(flash().attribute("success", containsString("Votre mot de passe est changé")));

        assertThat(encoder.matches(
                        NEW, accounts.byUsername(team.username()).orElseThrow().passwordHash()))
                .isTrue();
        SignIn.as(mvc, team.username(), NEW);
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'COMPTE' and entity_id = ?",
                        String.class,
                        team.username()))
                .containsExactly("Mot de passe changé");
    }

    private org.springframework.test.web.servlet.ResultActions change(
            MockHttpSession session, String current, String chosen, String confirmation) throws Exception {
        return mvc.perform(post("/compte/mot-de-passe")
                .param("currentPassword", current)
                .param("newPassword", chosen)
                .param("confirmation", confirmation)
                .with(csrf())
                .session(session));
    }
}
