package fr.cpts.web.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The public communes search, anonymous, as a territory picker or anyone calls it. */
@CptsWebTest
class CommunesApiTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"saint etienne", "SAINT-ÉTIENNE", "Saint-Etienne", "saint-étienne"})
    void findsSaintEtienneWhateverTheAccentsCaseAndHyphens(String typed) throws Exception {
        search("q", typed)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].code").value("42218"))
                .andExpect(jsonPath("$[0].nom").value("Saint-Étienne"))
                .andExpect(jsonPath("$[0].population").value(173_136))
                .andExpect(jsonPath("$[0].departement").value("42"))
                .andExpect(jsonPath("$[0].departementNom").value("Loire"))
                .andExpect(jsonPath("$[0].region").value("84"))
                .andExpect(jsonPath("$[0].regionNom").value("Auvergne-Rhône-Alpes"))
                .andExpect(jsonPath("$[*].nom", everyItem(startsWith("Saint-Étienne"))));
    }

    @Test
    void ordersMatchesByPopulationDescending() throws Exception {
        String body = search("q", "bord", "limit", "10")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[0].nom").value("Bordeaux"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<Integer> populations = com.jayway.jsonpath.JsonPath.read(body, "$[*].population");
        assertThat(populations).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @ParameterizedTest
    @CsvSource({"33063, Bordeaux", "2A004, Ajaccio", "2a, Ajaccio", "97120, Pointe-à-Pitre", "971, Les Abymes"})
    void findsByTheWholeOrTheBeginningOfAnInseeCode(String code, String first) throws Exception {
        search("q", code)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nom").value(first));
    }

    @Test
    void givesANullPopulationWhenTheReferenceDataHasNone() throws Exception {
        search("q", "98412")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].nom").value("Archipel des Kerguelen"))
                .andExpect(content().string(containsString("\"population\":null")));
    }

    @Test
    void returnsTwentyCommunesByDefaultAndAtMostFifty() throws Exception {
        search("q", "sa").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(20)));
        search("q", "sa", "limit", "50").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(50)));
        search("q", "zzzz").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "q|a|20|Le paramètre « q » doit contenir entre 2 et 100 caractères.",
                "q|-é|20|Le paramètre « q » doit contenir au moins 2 lettres ou chiffres.",
                "limit|bordeaux|0|Le paramètre « limit » doit être compris entre 1 et 50.",
                "limit|bordeaux|51|Le paramètre « limit » doit être compris entre 1 et 50."
            })
    void refusesBadInputWithFrenchProblemDetails(String field, String q, String limit, String message)
            throws Exception {
        search("q", q, "limit", limit)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.detail").value(message))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    @Test
    void putsTheCommunesOfTheDepartementGivenFirstAndRefusesAnUnknownOne() throws Exception {
        search("q", "saint", "limit", "5", "departement", "33")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].departement", everyItem(org.hamcrest.Matchers.equalTo("33"))));
        search("q", "saint", "limit", "5", "departement", "99")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departement"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le paramètre « departement » n'est pas un code de département connu."));
    }

    /** Answered by the application-wide API error handler, like every JSON endpoint. */
    @Test
    void refusesALimitThatIsNotANumberOrAMissingQuery() throws Exception {
        search("q", "bordeaux", "limit", "beaucoup")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.errors[0].field").value("limit"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nombre entier")));
        mvc.perform(get("/api/v1/communes").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("« q » est obligatoire")));
    }

    @Test
    void isDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/communes'].get.summary").value("Rechercher des communes"))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/communes'].get.parameters[*].name",
                        org.hamcrest.Matchers.containsInAnyOrder("q", "limit", "departement")))
                .andExpect(jsonPath("$.paths['/api/v1/communes'].get.responses['400']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Commune.properties.departementNom")
                        .exists());
    }

    private ResultActions search(String... parameters) throws Exception {
        var request = get("/api/v1/communes").accept(MediaType.APPLICATION_JSON);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }
}
