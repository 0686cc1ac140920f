package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The administrator opens an officer's account; the officer chooses their password from the link mailed. */
@CptsWebTest
class OfficerAccountsTest {

    private static final Pattern LINK = Pattern.compile("/mot-de-passe/nouveau\\?jeton=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCpamOfficerIsOpenedForTheirDepartementsAndChoosesTheirOwnPassword() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        mvc.perform(get("/admin/comptes/nouveau").session(admin)).andExpect(status().isOk());

        open(admin, "hbaptiste", "Hélène Baptiste", "helene.baptiste@exemple.fr", "CPAM_OFFICER", "", "33, 40")
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("success", containsString("Le compte « hbaptiste » est ouvert")));

        Account opened = accounts.byUsername("hbaptiste").orElseThrow();
        assertThat(opened.role()).isEqualTo(Role.CPAM_OFFICER);
        assertThat(opened.scope())
                .isEqualTo(new AccessScope.Departements(Set.of(new DepartementCode("33"), new DepartementCode("40"))));
        String mail = jdbc.queryForObject(
                "select body from mail_outbox where recipient = 'helene.baptiste@exemple.fr'", String.class);
        assertThat(mail).contains("vous a ouvert un compte « Agent CPAM »", "valable sept jours");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();

        mvc.perform(post("/mot-de-passe/nouveau")
                        .param("jeton", link.group(1))
                        .param("newPassword", "la marée monte au port")
                        .param("confirmation", "la marée monte au port")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?motdepasse"));
        MockHttpSession officer = SignIn.as(mvc, "hbaptiste", "la marée monte au port");
        mvc.perform(get("/cpam").session(officer)).andExpect(status().isOk());
    }

    @Test
    void anArsOfficerBecomesACpamOfficerForOtherDepartementsAndTheChangeIsJournalled() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        open(admin, "mmobile", "Marc Mobile", "marc.mobile@exemple.fr", "ARS_OFFICER", "75", "");

        mvc.perform(post("/admin/comptes/mmobile/perimetre")
                        .param("role", "CPAM_OFFICER")
                        .param("departements", "64")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("success", containsString("a désormais pour périmètre")));

        Account moved = accounts.byUsername("mmobile").orElseThrow();
        assertThat(moved.role()).isEqualTo(Role.CPAM_OFFICER);
        assertThat(moved.scope()).isEqualTo(new AccessScope.Departements(Set.of(new DepartementCode("64"))));
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'COMPTE' and entity_id = 'mmobile' order by id",
                        String.class))
                .containsExactly("Création", "Périmètre changé");
        mvc.perform(post("/admin/comptes/admin/perimetre")
                        .param("role", "ARS_OFFICER")
                        .param("region", "75")
                        .with(csrf())
                        .session(admin))
                .andExpect(flash().attribute("error", containsString("Aucun compte d'agent")));
    }

    @Test
    void eachBadFieldIsRefusedNamingItAndNothingIsOpened() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        open(admin, "x", "Nom", "a@exemple.fr", "ARS_OFFICER", "75", "")
                .andExpect(flash().attribute("error", containsString("Identifiant : 3 à 100 caractères")));
        open(admin, "jars2", "Nom", "pas-une-adresse", "ARS_OFFICER", "75", "")
                .andExpect(flash().attribute("error", containsString("Adresse électronique")));
        open(admin, "jars2", "Nom", "jars2@exemple.fr", "ARS_OFFICER", "99", "")
                .andExpect(flash().attribute("error", "Région : choisissez la région de l'agent de l'ARS."));
        open(admin, "jars2", "Nom", "jars2@exemple.fr", "CPAM_OFFICER", "", "33, 9Z")
                .andExpect(flash().attribute("error", containsString("« 9Z » n'est pas un code de département")));
        open(admin, "jars2", "Nom", "jars2@exemple.fr", "ADMINISTRATOR", "", "")
                .andExpect(flash().attribute("error", containsString("Rôle : choisissez")));
        open(admin, "ars", "Nom", "jars2@exemple.fr", "ARS_OFFICER", "75", "")
                .andExpect(flash().attribute("error", "Identifiant : « ars » est déjà pris."))
                .andExpect(redirectedUrl("/admin/comptes/nouveau"));

        assertThat(accounts.byUsername("jars2")).isEmpty();
    }

    private ResultActions open(
            MockHttpSession admin,
            String username,
            String name,
            String email,
            String role,
            String region,
            String departements)
            throws Exception {
        return mvc.perform(post("/admin/comptes/nouveau")
                .param("username", username)
                .param("displayName", name)
                .param("email", email)
                .param("role", role)
                .param("region", region)
                .param("departements", departements)
                .with(csrf())
                .session(admin));
    }
}
