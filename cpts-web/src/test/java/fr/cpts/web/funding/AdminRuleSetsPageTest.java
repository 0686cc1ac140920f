package fr.cpts.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The administrator reads the rule sets in force, with what they leave unknown or unconfirmed. */
@CptsWebTest
class AdminRuleSetsPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryRuleSetWithItsPeriodAndWhatIsUnknownOrToConfirm() throws Exception {
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/admin/referentiels").session(SignIn.as(mvc, "admin", "admin-demo")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(page)
                .contains(
                        "ACI CPTS — ACI 2019",
                        "ACI CPTS — ACI avenant 2",
                        "Assistant médical — Assistant médical 2024",
                        "plafond des missions T1 inconnu",
                        "forfait à la validation de la lettre d'intention T4 à confirmer",
                        "Paquet @etalab/decoupage-administratif",
                        "34 969 communes");
        mvc.perform(get("/admin/referentiels").session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isForbidden());
    }
}
