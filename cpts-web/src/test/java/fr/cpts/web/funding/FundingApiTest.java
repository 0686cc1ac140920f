package fr.cpts.web.funding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public funding API, without signing in. */
@CptsWebTest
class FundingApiTest {

    private static final String WORKED_T4_EXAMPLE = """
            {"signedOn": "2020-09-01", "population": 200000, "year": 1, "missions": [
              {"mission": "ACCES_SOINS", "startDate": "2020-09-01", "fixedEur": 150000, "variableEur": 0},
              {"mission": "PARCOURS", "startDate": "2020-09-01", "fixedEur": 100000, "variableEur": 0},
              {"mission": "PREVENTION", "startDate": "2020-09-01", "fixedEur": 40000, "variableEur": 0},
              {"mission": "QUALITE_PERTINENCE", "startDate": "2020-09-01", "fixedEur": 40000, "variableEur": 0},
              {"mission": "ACCOMPAGNEMENT_PROFESSIONNELS", "startDate": "2020-09-01", "fixedEur": 30000, "variableEur": 0}
            ]}""";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} habitants le {1} : {2}")
    @CsvSource({
        "39999,  2021-01-01, T1, ACI 2019, 50000.0,  170000.0, 220000.0",
        "40000,  2021-01-01, T2, ACI 2019, 60000.0,  227000.0, 287000.0",
        "175000, 2021-01-01, T3, ACI 2019, 75000.0,  295000.0, 370000.0",
        "175001, 2021-01-01, T4, ACI 2019, 90000.0,  340000.0, 450000.0"
    })
    void givesTheBracketAndCeilingsOfTheRuleSetInForce(
            long population,
            String on,
            String bracket,
            String ruleSet,
            double functioning,
            double missions,
            double total)
            throws Exception {
        mvc.perform(get("/api/v1/funding/aci/ceilings")
                        .param("population", "" + population)
                        .param("on", on))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bracket").value(bracket))
                .andExpect(jsonPath("$.ruleSet").value(ruleSet))
                .andExpect(jsonPath("$.functioningEur").value(functioning))
                .andExpect(jsonPath("$.missionsMaxEur").value(missions))
                .andExpect(jsonPath("$.totalMaxEur").value(total));
    }

    @Test
    void givesNullForTheCeilingsAvenant2DoesNotKnow() throws Exception {
        mvc.perform(get("/api/v1/funding/aci/ceilings")
                        .param("population", "120000")
                        .param("on", "2024-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bracket").value("T3"))
                .andExpect(jsonPath("$.ruleSet").value("ACI avenant 2"))
                .andExpect(jsonPath("$.functioningEur").value(131250.0))
                .andExpect(jsonPath("$.missionsMaxEur").value(nullValue()))
                .andExpect(jsonPath("$.totalMaxEur").value(nullValue()))
                .andExpect(jsonPath("$.letterOfIntentLumpSumEur").value(nullValue()))
                .andExpect(jsonPath("$.letterOfIntentLumpSumToConfirm").value(true));
    }

    @Test
    void givesTheLetterOfIntentLumpSumWhereTheSourcesAgreeAndNoneBeforeAvenant2() throws Exception {
        mvc.perform(get("/api/v1/funding/aci/ceilings")
                        .param("population", "60000")
                        .param("on", "2024-01-15"))
                .andExpect(jsonPath("$.letterOfIntentLumpSumEur").value(17500.0))
                .andExpect(jsonPath("$.letterOfIntentLumpSumToConfirm").value(false));
        mvc.perform(get("/api/v1/funding/aci/ceilings")
                        .param("population", "60000")
                        .param("on", "2021-01-01"))
                .andExpect(jsonPath("$.letterOfIntentLumpSumEur").value(nullValue()))
                .andExpect(jsonPath("$.letterOfIntentLumpSumToConfirm").value(false));
    }

    @Test
    void givesTheMedicalAssistantAmountsYearByYear() throws Exception {
        mvc.perform(get("/api/v1/funding/medical-assistant")
                        .param("fte", "HALF")
                        .param("signedOn", "2024-07-01")
                        .param("years", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("Assistant médical 2024"))
                .andExpect(jsonPath("$.years", hasSize(5)))
                .andExpect(jsonPath("$.years[0].year").value(1))
                .andExpect(jsonPath("$.years[0].amountEur").value(19000.0))
                .andExpect(jsonPath("$.years[1].amountEur").value(14000.0))
                .andExpect(jsonPath("$.years[4].amountEur").value(11000.0))
                .andExpect(jsonPath("$.totalEur").value(66000.0));
    }

    @Test
    void revaluesAHalfTimeContractSigned1September2022AtItsThirdAnniversary() throws Exception {
        mvc.perform(get("/api/v1/funding/medical-assistant")
                        .param("fte", "HALF")
                        .param("signedOn", "2022-09-01")
                        .param("years", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].amountEur").value(18000.0))
                .andExpect(jsonPath("$.years[1].amountEur").value(13500.0))
                .andExpect(jsonPath("$.years[2].amountEur").value(11000.0))
                .andExpect(jsonPath("$.years[2].explanation..ruleSet", hasItem("Assistant médical 2024")))
                .andExpect(jsonPath("$.years[4].amountEur").value(11000.0))
                .andExpect(jsonPath("$.totalEur").value(64500.0));
    }

    @Test
    void paysTheRowsOfTheLargestPatientListsForTheGivenPercentile() throws Exception {
        mvc.perform(get("/api/v1/funding/medical-assistant")
                        .param("fte", "FULL")
                        .param("signedOn", "2024-07-01")
                        .param("years", "3")
                        .param("percentile", "92"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[1].amountEur").value(28000.0))
                .andExpect(jsonPath("$.years[2].amountEur").value(26000.0));
    }

    @ParameterizedTest(name = "{0} → 400 sur « {1} »")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/funding/aci/ceilings?population=-1&on=2024-01-01               | population | négative",
                "/api/v1/funding/aci/ceilings?population=abc                           | population | nombre entier attendu",
                "/api/v1/funding/aci/ceilings?on=2024-01-01                            | population | obligatoire",
                "/api/v1/funding/aci/ceilings?population=1000&on=2024-13-45            | on         | AAAA-MM-JJ",
                "/api/v1/funding/aci/ceilings?population=1000&on=2019-01-01            | on         | Aucun barème",
                "/api/v1/funding/medical-assistant?fte=THIRD&signedOn=2023-05-01       | fte        | fermée aux contrats signés à partir du 01/05/2023",
                "/api/v1/funding/medical-assistant?fte=QUARTER&signedOn=2024-01-01     | fte        | inconnue",
                "/api/v1/funding/medical-assistant?fte=HALF&signedOn=01/07/2024        | signedOn   | AAAA-MM-JJ",
                "/api/v1/funding/medical-assistant?fte=HALF&signedOn=2024-07-01&years=0 | years     | entre 1 et 10",
                "/api/v1/funding/medical-assistant?fte=HALF&signedOn=2024-07-01&percentile=101 | percentile | entre 0 et 100"
            })
    void refusesBadInputWithA400NamingTheField(String url, String field, String reason) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(reason)));
    }

    @Test
    void simulatesTheSeedsWorkedT4ExampleToFourHundredFiftyThousandEuros() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(WORKED_T4_EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("ACI 2019"))
                .andExpect(jsonPath("$.bracket").value("T4"))
                .andExpect(jsonPath("$.totalEur").value(450000.0))
                .andExpect(jsonPath("$.lines[0].date").value("2020-09-01"))
                .andExpect(jsonPath("$.lines[0].label", startsWith("Fonctionnement")))
                .andExpect(jsonPath("$.lines[0].amountEur").value(90000.0))
                .andExpect(jsonPath("$.lines[0].explanation..ruleSet", hasItem("ACI 2019")))
                .andExpect(jsonPath("$.warnings[0]", containsString("plafond")))
                .andExpect(jsonPath("$.total.arithmetic", containsString("= 450 000,00 €")));
    }

    @Test
    void refusesAContractAboveTheBracketTotalNamingTheCeiling() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(WORKED_T4_EXAMPLE.replace("\"fixedEur\": 30000", "\"fixedEur\": 30001")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missions"))
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        containsString("dépasse le total possible de la tranche T4 "
                                + "(450 000,00 €) fixé par « ACI 2019 »")));
    }

    @Test
    void refusesANegativeFixedPartNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(WORKED_T4_EXAMPLE.replace(
                                "\"fixedEur\": 40000, \"variableEur\": 0},\n  {\"mission\": \"QUALITE",
                                "\"fixedEur\": -5, \"variableEur\": 0},\n  {\"mission\": \"QUALITE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missions[2].fixedEur"))
                .andExpect(jsonPath("$.errors[0].message").value("La part fixe ne peut pas être négative."));
    }

    @Test
    void refusesAnUnknownMissionNamingItsPlaceInTheBody() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(WORKED_T4_EXAMPLE.replace("\"PARCOURS\"", "\"TELEMEDECINE\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missions[1].mission"));
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        mvc.perform(post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Corps de requête illisible")));
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/funding/aci/ceilings'].get.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/funding/medical-assistant'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/funding/aci/simulations'].post")
                        .exists());
    }
}
