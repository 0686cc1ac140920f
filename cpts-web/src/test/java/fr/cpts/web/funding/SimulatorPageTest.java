package fr.cpts.web.funding;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public simulator pages, without signing in. */
@CptsWebTest
class SimulatorPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void opensWithTheExampleContractComputedAndWhatTheTextsDoNotGiveSaidNotGiven() throws Exception {
        mvc.perform(get("/simulateur"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tranche T3 : fonctionnement et plafonds"),
                                containsString("131 250,00 €"),
                                containsString("Non précisé à ce jour"),
                                not(containsString("inconnu")),
                                not(containsString("à confirmer")),
                                not(containsString("[public")),
                                not(containsString("[seed]")),
                                not(containsString("id=\"avertissements-bareme\"")),
                                containsString("Forfait versé une fois, à la validation de la lettre"),
                                not(containsString("25 000,00 €")),
                                containsString("Versements de l&#39;année 1"),
                                containsString("Fonctionnement – année 1 : versement intégral à la signature"),
                                containsString("15/01/2024"),
                                containsString("id=\"formulaire-simulation\""),
                                containsString("name=\"_csrf\""),
                                not(containsString("La simulation n&#39;a pas pu être calculée")))));
    }

    @Test
    void showsTheRuleSetsDataQualityToAdministratorsOnly() throws Exception {
        mvc.perform(get("/simulateur").session(SignIn.as(mvc, "admin", "admin-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("inconnu"),
                                containsString("[public"),
                                containsString("id=\"avertissements-bareme\""),
                                not(containsString("Non précisé à ce jour")))));
        mvc.perform(get("/simulateur").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("[public")), not(containsString("id=\"avertissements-bareme\"")))));
    }

    @Test
    void refusesASimulationPostedWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/simulateur").param("population", "1000")).andExpect(status().isForbidden());
    }

    @Test
    void reproducesTheSeedsWorkedT4ExampleTypedTheFrenchWay() throws Exception {
        mvc.perform(workedT4Example())
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tranche T4"),
                                containsString("Barème « ACI 2019 »"),
                                containsString("id=\"total-annee\">450 000,00 €"))));
    }

    @Test
    void takesThePopulationOfAListOfCommunes() throws Exception {
        mvc.perform(workedT4Example("population", "", "communes", "33063, 33069\n33281"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Communes indiquées : 3 ; population couverte :"),
                                containsString("Tranche T4"),
                                not(containsString("La simulation n&#39;a pas pu être calculée")))));
    }

    @Test
    void listsBackEveryMalformedAndUnknownCommuneCode() throws Exception {
        mvc.perform(workedT4Example("communes", "33063 abc 99999 2A004"))
                .andExpect(content()
                        .string(allOf(
                                containsString("communes : codes INSEE mal formés : ABC."),
                                containsString("communes : codes INSEE inconnus parmi les communes actuelles : 99999."),
                                not(containsString("id=\"total-annee\"")))));
    }

    @Test
    void namesTheFieldAndMissionOfAnUnreadableAmount() throws Exception {
        mvc.perform(workedT4Example("missions[1].fixedEur", "cent mille"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Mission « Parcours pluriprofessionnels », part fixe : valeur « cent mille » illisible.")))
                .andExpect(content().string(not(containsString("id=\"total-annee\""))));
    }

    @Test
    void refusesANegativeAmountWithTheMissionNamed() throws Exception {
        mvc.perform(workedT4Example("missions[2].fixedEur", "-10"))
                .andExpect(content()
                        .string(containsString(
                                "Mission « Prévention », part fixe : La part fixe ne peut pas être négative.")));
    }

    @Test
    void refusesAContractAboveTheBracketTotalNamingTheCeilingAndRuleSet() throws Exception {
        mvc.perform(workedT4Example("missions[0].fixedEur", "150 001"))
                .andExpect(content()
                        .string(containsString("dépasse le total possible de la tranche T4 "
                                + "(450 000,00 €) fixé par « ACI 2019 »")))
                .andExpect(content().string(not(containsString("id=\"total-annee\""))));
    }

    @Test
    void givesTheMedicalAssistantAmountsOfTheRuleSetInForceAtSignature() throws Exception {
        mvc.perform(get("/simulateur/assistant-medical")
                        .param("fte", "HALF")
                        .param("signedOn", "2024-07-01")
                        .param("years", "5"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("19 000,00 €"),
                                containsString("14 000,00 €"),
                                containsString("id=\"total-assistant\">66 000,00 €"),
                                containsString("Assistant médical 2024"))));
    }

    @Test
    void givesTheRevaluedAmountsOfARunningContractAndTheRowsOfTheLargestPatientLists() throws Exception {
        mvc.perform(get("/simulateur/assistant-medical")
                        .param("fte", "HALF")
                        .param("signedOn", "2022-09-01")
                        .param("years", "3")
                        .param("percentile", "96"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("ligne « P95 et plus »"),
                                containsString("revalorisé à la date anniversaire du 01/09/2024"),
                                containsString("id=\"total-assistant\">55 000,00 €"))));
    }

    @Test
    void explainsWhyTheThirdTimeOptionIsClosedAfterMay2023() throws Exception {
        mvc.perform(get("/simulateur/assistant-medical").param("fte", "THIRD").param("signedOn", "2023-06-01"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "option : L&#39;option « 1/3 temps » est fermée aux contrats signés à partir du 01/05/2023"),
                                not(containsString("id=\"total-assistant\"")))));
    }

    /**
     * The seed's T4 example: functioning 90 000 + missions 360 000 = 450 000 €, amounts typed with spaces;
     * {@code override} gives a field name and the value typed there instead.
     */
    private static MockHttpServletRequestBuilder workedT4Example(String... override) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("population", "200000");
        fields.put("signedOn", "2020-09-01");
        fields.put("year", "1");
        String[][] missions = {
            {"ACCES_SOINS", "150 000"}, {"PARCOURS", "100 000"}, {"PREVENTION", "40 000"},
            {"CRISES_SANITAIRES", ""}, {"QUALITE_PERTINENCE", "40 000"}, {"ACCOMPAGNEMENT_PROFESSIONNELS", "30 000,00"}
        };
        for (int i = 0; i < missions.length; i++) {
            boolean included = !missions[i][1].isEmpty();
            fields.put("missions[" + i + "].mission", missions[i][0]);
            fields.put("missions[" + i + "].included", Boolean.toString(included));
            fields.put("missions[" + i + "].startDate", "2020-09-01");
            fields.put("missions[" + i + "].fixedEur", missions[i][1]);
            fields.put("missions[" + i + "].variableEur", included ? "0" : "");
        }
        for (int i = 0; i + 1 < override.length; i += 2) {
            fields.put(override[i], override[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/simulateur").with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
