package fr.cpts.web.cpts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's national directory: every CPTS of France, read-only, filtered; nobody else reads it. */
@CptsWebTest
class NationalCptsPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theAdministratorReadsTheCptsOfEveryRegion() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(get("/admin/cpts").param("nom", "Grande-Terre").session(admin))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("CPTS Grande-Terre Sud"), containsString("Guadeloupe"))));
        mvc.perform(get("/admin/cpts").param("nom", "Sud Gironde").session(admin))
                .andExpect(content()
                        .string(allOf(containsString("CPTS Sud Gironde"), containsString("Nouvelle-Aquitaine"))));
    }

    @Test
    void narrowsByRegionAndStageAndSaysWhenACodeIsNotOfTheReference() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(get("/admin/cpts")
                        .param("region", "01")
                        .param("etape", "REVUE_ANNUELLE")
                        .session(admin))
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS Grande-Terre Sud"),
                                containsString("Revue annuelle : 1"),
                                not(containsString("CPTS Sud Gironde")))));
        mvc.perform(get("/admin/cpts")
                        .param("departement", "999")
                        .param("nom", "<script>")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("filtre est ignoré"), not(containsString("<script>")))));
    }

    @Test
    void officersAndPorteursCannotReadTheNationalDirectory() throws Exception {
        for (String[] login :
                new String[][] {{"ars", "ars-demo"}, {"cpam", "cpam-demo"}, {"porteur", "porteur-demo"}}) {
            mvc.perform(get("/admin/cpts").session(SignIn.as(mvc, login[0], login[1])))
                    .andExpect(status().isForbidden());
        }
    }
}
