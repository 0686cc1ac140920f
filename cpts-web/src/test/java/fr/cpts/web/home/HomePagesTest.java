package fr.cpts.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Each home shows the CPTS of its holder's scope, and none beyond it (demo data). */
@CptsWebTest
class HomePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePorteurSeesTheirOwnCptsAndWhatIsExpectedNext() throws Exception {
        mvc.perform(get("/porteur").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS Sud Gironde"),
                                containsString("Étape 2 sur 5"),
                                containsString("Dossier en cours d&#39;instruction par l&#39;ARS"),
                                containsString("En cours d&#39;instruction"),
                                containsString("Dr Claire Martin"),
                                not(containsString("CPTS du Bassin d&#39;Arcachon")))));
    }

    @Test
    void theArsOfficerSeesTheCptsOfTheirRegionOnly() throws Exception {
        mvc.perform(get("/ars").session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS Sud Gironde"),
                                containsString("CPTS du Bassin d&#39;Arcachon"),
                                containsString("CPTS Haute-Lande"),
                                containsString("CPTS Pays Basque"),
                                containsString("Votre périmètre : Nouvelle-Aquitaine."),
                                not(containsString("région 75")),
                                not(containsString("CPTS Grande-Terre Sud")))));
    }

    @Test
    void theCpamOfficerSeesTheCptsOfTheirDepartementsOnly() throws Exception {
        mvc.perform(get("/cpam").session(SignIn.as(mvc, "cpam", "cpam-demo")))
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS Sud Gironde"),
                                containsString("CPTS Haute-Lande"),
                                containsString("Votre périmètre : Gironde (33), Landes (40)."),
                                not(containsString("CPTS Pays Basque")),
                                not(containsString("CPTS Grande-Terre Sud")))));
    }

    @Test
    void theAdministratorSeesTheAccountsAndNoDossier() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        mvc.perform(get("/admin").session(admin))
                .andExpect(content()
                        .string(allOf(containsString("comptes, par rôle"), not(containsString("porteur-demo")))));
        // other tests add accounts: the demo ARS officer is on whichever page the role order puts him
        StringBuilder listing = new StringBuilder();
        for (int page = 1; page <= 50 && listing.indexOf("Julien Lefèvre") < 0; page++) {
            listing.append(mvc.perform(
                            get("/admin").param("page", String.valueOf(page)).session(admin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(listing.toString())
                .contains("Julien Lefèvre", "Gironde (33), Landes (40)")
                .doesNotContain("porteur-demo");
    }
}
