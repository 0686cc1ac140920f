package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * « Mot de passe oublié » : the same answer for a known and an unknown address, a single-use link by mail (read from
 * the outbox), a new password that follows the rules, at most three links an hour.
 */
@CptsWebTest
class PasswordResetTest {

    private static final Pattern LINK = Pattern.compile("/mot-de-passe/nouveau\\?jeton=([A-Za-z0-9_-]+)");
    private static final String NEW = "le vent se lève sur la dune";

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
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAMail() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Oubli", records, territories, accounts, encoder);
        String address = team.username() + "@exemple.fr";
        accounts.setEmail(team.username(), address);

        MvcResult known = request(address);
        MvcResult unknown = request("personne-" + team.username() + "@exemple.fr");

        assertThat(Map.copyOf(known.getFlashMap())).isEqualTo(Map.copyOf(unknown.getFlashMap()));
        assertThat(known.getResponse().getRedirectedUrl())
                .isEqualTo(unknown.getResponse().getRedirectedUrl());
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(mailsTo("personne-" + team.username() + "@exemple.fr")).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceAndEndsThere() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Lien", records, territories, accounts, encoder);
        String address = team.username() + "@exemple.fr";
        accounts.setEmail(team.username(), address);
        request(address);
        String token = tokenIn(mailsTo(address).get(0));

        assertThat(page("/mot-de-passe/nouveau?jeton=" + token)).contains("Enregistrer le nouveau mot de passe");
        choose(token, "court", "court")
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("au moins 12 caractères")));
        choose(token, NEW, NEW).andExpect(redirectedUrl("/login?motdepasse"));

        SignIn.as(mvc, team.username(), NEW);
        assertThat(page("/mot-de-passe/nouveau?jeton=" + token)).contains("Ce lien n'est plus valable");
        choose(token, NEW + " bis", NEW + " bis")
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("n'est plus valable")));
        assertThat(page("/mot-de-passe/nouveau?jeton=inconnu")).contains("Ce lien n'est plus valable");
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'COMPTE' and entity_id = ?",
                        String.class,
                        team.username()))
                .containsExactly("Mot de passe réinitialisé");
    }

    @Test
    void atMostThreeLinksAnHourAreSentToOneAccount() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Rafale", records, territories, accounts, encoder);
        String address = team.username() + "@exemple.fr";
        accounts.setEmail(team.username(), address);

        for (int i = 0; i < 5; i++) {
            request(address);
        }

        assertThat(mailsTo(address)).hasSize(PasswordReset.PER_HOUR);
    }

    @Test
    void anAdministratorSendsALinkWithoutSeeingThePasswordAndOnlyToAnAccountWithAnAddress() throws Exception {
        TestPorteurs.TestPorteur team = TestPorteurs.create("CPTS Lien Admin", records, territories, accounts, encoder);
        org.springframework.mock.web.MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(post("/admin/comptes/" + team.username() + "/lien-mot-de-passe")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("n'a pas d'adresse")));
        String address = team.username() + "@exemple.fr";
        accounts.setEmail(team.username(), address);
        mvc.perform(post("/admin/comptes/" + team.username() + "/lien-mot-de-passe")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.containsString("Un lien")));

        String token = tokenIn(mailsTo(address).get(0));
        choose(token, NEW, NEW).andExpect(redirectedUrl("/login?motdepasse"));
        SignIn.as(mvc, team.username(), NEW);
    }

    @Test
    void aMalformedAddressIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/mot-de-passe-oublie")
                        .param("email", "pas une adresse")
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "error", org.hamcrest.Matchers.startsWith("Adresse électronique : écrivez l'adresse")));
    }

    private MvcResult request(String address) throws Exception {
        return mvc.perform(post("/mot-de-passe-oublie").param("email", address).with(csrf()))
                .andExpect(redirectedUrl("/mot-de-passe-oublie"))
                .andReturn();
    }

    private org.springframework.test.web.servlet.ResultActions choose(String token, String chosen, String confirmation)
            throws Exception {
        return mvc.perform(post("/mot-de-passe/nouveau")
                .param("jeton", token)
                .param("newPassword", chosen)
                .param("confirmation", confirmation)
                .with(csrf()));
    }

    private List<String> mailsTo(String address) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ? order by id", String.class, address);
    }

    private static String tokenIn(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("the link in the mail").isTrue();
        return link.group(1);
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
