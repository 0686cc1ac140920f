package fr.cpts.web.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.VersionedTerritory;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** « Mon territoire », the officers' view of a CPTS and the coverage page, on the demo data. */
@CptsWebTest
class TerritoryPagesTest {

    private static final InseeCode BORDEAUX = new InseeCode("33063");
    private static final InseeCode LANGON = new InseeCode("33227");

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Test
    void thePorteurSeesTheirTerritoryWithItsPopulationBracketAndReading() throws Exception {
        mvc.perform(get("/porteur/cpts/territoire").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mon territoire"),
                                containsString("CPTS Sud Gironde"),
                                containsString("Langon"),
                                containsString("La Réole"),
                                containsString("Tranche T"),
                                containsString("habitants"),
                                containsString("/js/territory-autocomplete.js"),
                                not(containsString("Arcachon")))));
    }

    @Test
    void addingACommuneRaisesThePopulationAndRemovingItRestoresIt() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        CptsId sudGironde = id("CPTS Sud Gironde");
        VersionedTerritory before = territories.forEditing(sudGironde);
        assertThat(before.territory().communes()).doesNotContain(BORDEAUX);

        mvc.perform(post("/porteur/cpts/territoire/communes")
                        .session(porteur)
                        .with(csrf())
                        .param("code", "33063")
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/porteur/cpts/territoire"))
                .andExpect(flash().attribute("success", "Bordeaux a été ajoutée au territoire."));
        VersionedTerritory after = territories.forEditing(sudGironde);
        assertThat(after.territory().communes()).contains(BORDEAUX);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedBy()).contains("porteur");
        mvc.perform(get("/porteur/cpts/territoire").session(porteur))
                .andExpect(content().string(containsString("Bordeaux")));

        mvc.perform(post("/porteur/cpts/territoire/communes/retrait")
                        .session(porteur)
                        .with(csrf())
                        .param("code", "33063")
                        .param("version", String.valueOf(after.version())))
                .andExpect(redirectedUrl("/porteur/cpts/territoire"));
        assertThat(territories.of(sudGironde).communes())
                .isEqualTo(before.territory().communes());
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        CptsId sudGironde = id("CPTS Sud Gironde");
        VersionedTerritory current = territories.forEditing(sudGironde);

        mvc.perform(post("/porteur/cpts/territoire/communes")
                        .session(porteur)
                        .with(csrf())
                        .param("code", "33063")
                        .param("version", String.valueOf(current.version() - 1)))
                .andExpect(redirectedUrl("/porteur/cpts/territoire"))
                .andExpect(flash().attribute("error", containsString("modifié par une autre personne")));

        assertThat(territories.forEditing(sudGironde)).isEqualTo(current);
    }

    @Test
    void aPastedListWithAnUnknownCodeListsItBackAndAddsNothing() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        CptsId sudGironde = id("CPTS Sud Gironde");
        VersionedTerritory current = territories.forEditing(sudGironde);

        mvc.perform(post("/porteur/cpts/territoire/collage")
                        .session(porteur)
                        .with(csrf())
                        .param("codes", "33063\n99999 33281")
                        .param("version", String.valueOf(current.version())))
                .andExpect(redirectedUrl("/porteur/cpts/territoire#coller"))
                .andExpect(flash().attribute(
                                "pasteError",
                                allOf(
                                        containsString("99999"),
                                        containsString("Aucune commune de la liste n'a été ajoutée"))))
                .andExpect(flash().attribute("pasted", "33063\n99999 33281"));

        assertThat(territories.forEditing(sudGironde)).isEqualTo(current);
    }

    @Test
    void anUnknownCodeTypedInTheAddFieldIsRefusedNextToIt() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        long version = territories.forEditing(id("CPTS Sud Gironde")).version();

        mvc.perform(post("/porteur/cpts/territoire/communes")
                        .session(porteur)
                        .with(csrf())
                        .param("code", "99999")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/porteur/cpts/territoire#ajouter-commune"))
                .andExpect(flash().attribute("communeError", containsString("99999")));
    }

    @Test
    void withoutJavaScriptTheSearchListsCommunesAndEpciToAdd() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");

        mvc.perform(get("/porteur/cpts/territoire").param("q", "33433").session(porteur))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"resultats-communes\""), containsString("Saint-Loubès (33433)"))));
        mvc.perform(get("/porteur/cpts/territoire")
                        .param("epci", "bassin arcachon")
                        .session(porteur))
                .andExpect(content().string(allOf(containsString("id=\"resultats-epci\""), containsString("COBAS"))));
        mvc.perform(get("/porteur/cpts/territoire").param("q", "-").session(porteur))
                .andExpect(content().string(containsString("Saisissez au moins 2 lettres")));
    }

    @Test
    void aChangeWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/porteur/cpts/territoire/communes")
                        .session(SignIn.as(mvc, "porteur", "porteur-demo"))
                        .param("code", "33063")
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        assertThat(territories.of(id("CPTS Sud Gironde")).communes()).doesNotContain(BORDEAUX);
    }

    @Test
    void overlapsWithAnotherCptsAreShownNamingTheCommuneAndTheCpts() throws Exception {
        CptsId bassin = id("CPTS du Bassin d'Arcachon");
        VersionedTerritory before = territories.forEditing(bassin);
        Set<InseeCode> withLangon = new HashSet<>(before.territory().communes());
        withLangon.add(LANGON);
        long version = territories.save(new Territory(bassin, withLangon), before.version(), "test");
        try {
            mvc.perform(get("/porteur/cpts/territoire").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("id=\"chevauchements\""),
                                    containsString("1 commune appartient aussi au territoire d&#39;une autre CPTS"),
                                    containsString("CPTS du Bassin d&#39;Arcachon"),
                                    containsString("Langon (33227)"))));
        } finally {
            territories.save(before.territory(), version, "test");
        }
    }

    @Test
    void aPorteurAskingAnotherCptsTerritoryByIdGets404AndTheirOwnIsRedirected() throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");

        mvc.perform(get("/porteur/cpts/" + id("CPTS Haute-Lande").value() + "/territoire")
                        .session(porteur))
                .andExpect(status().isNotFound());
        mvc.perform(get("/porteur/cpts/999999/territoire").session(porteur)).andExpect(status().isNotFound());
        mvc.perform(get("/porteur/cpts/" + id("CPTS Sud Gironde").value() + "/territoire")
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/cpts/territoire"));
    }

    @Test
    void theArsOfficerReadsACptsOfTheirRegionAndGets404ForAnotherRegion() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        mvc.perform(get("/ars/cpts/" + id("CPTS du Bassin d'Arcachon").value()).session(ars))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("CPTS du Bassin d&#39;Arcachon"),
                                containsString("Arcachon"),
                                containsString("La Teste-de-Buch"),
                                containsString("Association loi 1901"),
                                containsString("Marion Lafargue"),
                                containsString("Tranche T"),
                                not(containsString("fiche/membres")))));
        mvc.perform(get("/ars/cpts/" + id("CPTS Grande-Terre Sud").value()).session(ars))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCpamOfficerReadsACptsOfTheirDepartementsAndGets404Elsewhere() throws Exception {
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        mvc.perform(get("/cpam/cpts/" + id("CPTS Haute-Lande").value()).session(cpam))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CPTS Haute-Lande"), containsString("Labouheyre"))));
        mvc.perform(get("/cpam/cpts/" + id("CPTS Pays Basque").value()).session(cpam))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheirRoleReachesEachPage() throws Exception {
        mvc.perform(get("/ars/couverture").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/porteur/cpts/territoire").session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cpam/cpts/" + id("CPTS Sud Gironde").value()).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCoveragePageListsEachDepartementOfTheRegionWithItsLargestUncoveredCommunes() throws Exception {
        mvc.perform(get("/ars/couverture").session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Nouvelle-Aquitaine"),
                                containsString("id=\"departement-33\""),
                                containsString("id=\"departement-64\""),
                                containsString("Bordeaux"),
                                containsString("communes non couvertes sur"),
                                not(containsString("id=\"departement-971\"")))));
    }

    @Test
    void theEpciApiFindsEpciByNameAndRefusesAShortQueryInFrench() throws Exception {
        mvc.perform(get("/api/v1/epci").param("q", "bassin arcachon"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].nom", containsString("Arcachon")))
                .andExpect(jsonPath("$[0].code").isString());
        mvc.perform(get("/api/v1/epci").param("q", "a"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Le paramètre « q »")));
    }

    private CptsId id(String name) {
        return records.byName(name).orElseThrow().id();
    }
}
