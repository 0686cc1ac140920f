package fr.cpts.web.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The public diagnostic, the diagnostic of a CPTS's territory and the import of data sets, on the demo data. */
@CptsWebTest
class DiagnosticPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyoneSeesTheDiagnosticOfPastedCommunesBesideTheirDepartementAndRegionMarkedAsDemoData() throws Exception {
        mvc.perform(get("/diagnostic").param("communes", "33227, 33529\n33106"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Territoire étudié (3 communes)"),
                                containsString("Gironde (33)"),
                                containsString("Nouvelle-Aquitaine"),
                                containsString("Patients de 16 ans et plus sans médecin traitant"),
                                containsString("INSEE 2021"),
                                containsString("Données fictives de démonstration"),
                                containsString("Langon (33227)"))));
    }

    @Test
    void aSmallCountIsShownAsUnderElevenAndNeverItsValue() throws Exception {
        String hamlet = jdbc.queryForObject(
                "select v.commune_code from diagnostic_value v where v.indicator_code = 'patients_sans_mt' "
                        + "and v.value between 1 and 10 order by v.commune_code limit 1",
                String.class);
        String count = jdbc.queryForObject(
                "select value::int::text from diagnostic_value where indicator_code = 'patients_sans_mt' "
                        + "and commune_code = ? and year = 2024",
                String.class,
                hamlet);

        String page = mvc.perform(get("/diagnostic").param("communes", hamlet))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String row = page.substring(
                page.indexOf("id=\"indicateur-patients_sans_mt\""),
                page.indexOf("id=\"indicateur-patients_sans_mt_ald\""));
        assertThat(row).contains("&lt; 11").doesNotContain(">" + count + "<");
        String rate = page.substring(page.indexOf("id=\"indicateur-part_sans_mt\""));
        assertThat(rate.substring(0, rate.indexOf("</tr>"))).contains("&lt; 11");
    }

    @Test
    void anEpciIsFoundByNameAndItsMembersDiagnosed() throws Exception {
        String siren = jdbc.queryForObject(
                "select e.code from epci e join epci_commune m on m.epci_code = e.code "
                        + "where m.commune_code = '33227'",
                String.class);
        String name = jdbc.queryForObject("select name from epci where code = ?", String.class, siren);

        mvc.perform(get("/diagnostic").param("q", name))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/diagnostic?epci=" + siren)));
        mvc.perform(get("/diagnostic").param("epci", siren))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h2>" + name.replace("'", "&#39;") + "</h2>"),
                                containsString("tableau-diagnostic"))));
    }

    @Test
    void badCommuneListsAreRefusedNamingTheField() throws Exception {
        mvc.perform(get("/diagnostic").param("communes", "33227 abc 3306"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ces codes ne sont pas des codes INSEE de commune : ABC, 3306."),
                                containsString("aria-invalid=\"true\""),
                                not(containsString("tableau-diagnostic")))));
        mvc.perform(get("/diagnostic").param("communes", "33227 33999"))
                .andExpect(content().string(containsString("Ces codes ne sont pas des communes actuelles : 33999.")));
        mvc.perform(get("/diagnostic").param("epci", "000000000"))
                .andExpect(content().string(containsString("Aucun EPCI n&#39;a le SIREN « 000000000 ».")));
    }

    @Test
    void theTerritoryPagesShowTheCptssDiagnostic() throws Exception {
        mvc.perform(get("/porteur/cpts/territoire").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Diagnostic du territoire"),
                                containsString("<th scope=\"col\" class=\"fr-cell--multiline\">CPTS Sud Gironde</th>"),
                                containsString("Gironde (33)"))));
        String sudGironde =
                String.valueOf(jdbc.queryForObject("select id from cpts where name = 'CPTS Sud Gironde'", Long.class));
        mvc.perform(get("/ars/cpts/" + sudGironde).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<th scope=\"col\" class=\"fr-cell--multiline\">CPTS Sud Gironde</th>")));
    }

    @Test
    void anAdministratorImportsAnOlderEditionWhichStaysReadableBesideTheNewest() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");

        mvc.perform(multipart("/admin/diagnostic")
                        .file(csv("apl-2019.csv", "code_insee;apl_mg\n33227;1,7\n33529;2\n"))
                        .param("source", "drees-apl")
                        .param("year", "2019")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/diagnostic"))
                .andExpect(flash().attribute(
                                "success",
                                "2 communes importées depuis apl-2019.csv pour DREES — Accessibilité potentielle localisée "
                                        + "(APL) aux médecins généralistes, 2019."));

        mvc.perform(get("/diagnostic").param("communes", "33227"))
                .andExpect(content().string(allOf(containsString("DREES 2023"), not(containsString("DREES 2019")))));
        mvc.perform(get("/diagnostic").param("communes", "33227").param("millesime", "drees-apl:2019"))
                .andExpect(content().string(allOf(containsString("DREES 2019"), containsString(">1,7<"))));
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEachLineListed() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        long imports = imports();

        mvc.perform(multipart("/admin/diagnostic")
                        .file(csv("apl.csv", "code_insee;apl_mg\n33227;1,7\n33999;2\n33529;beaucoup\n"))
                        .param("source", "drees-apl")
                        .param("year", "2018")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Le fichier est refusé : 1 erreur, rien n&#39;a été importé."),
                                containsString("Ligne 4 : colonne apl_mg, « beaucoup » n&#39;est pas un nombre"))));
        mvc.perform(multipart("/admin/diagnostic")
                        .file(csv("apl.csv", "code_insee;apl_mg\n33227;1,7\n33999;2\n"))
                        .param("source", "drees-apl")
                        .param("year", "2018")
                        .session(admin)
                        .with(csrf()))
                .andExpect(content()
                        .string(containsString("Ligne 3 : la commune 33999 n&#39;est pas une commune actuelle")));
        mvc.perform(multipart("/admin/diagnostic")
                        .param("source", "")
                        .param("year", "20")
                        .session(admin)
                        .with(csrf()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Source : choisissez une des sources proposées."),
                                containsString("Année : saisissez l&#39;année des données, de 1990 à"),
                                containsString("Fichier : choisissez le fichier CSV du jeu de données."))));

        assertThat(imports()).isEqualTo(imports);
    }

    @Test
    void theArsReferentImportsTheZoningOfTheirRegionOnly() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        long imports = imports();

        mvc.perform(multipart("/ars/diagnostic")
                        .file(csv("zonage.csv", "code_insee;zonage_medecins\n33227;ZIP\n35238;ZAC\n"))
                        .param("source", "ars-zonage-medecins")
                        .param("year", "2020")
                        .param("effectiveOn", "2020-04-01")
                        .session(ars)
                        .with(csrf()))
                .andExpect(
                        content().string(containsString("Ligne 3 : la commune 35238 n&#39;est pas dans votre région")));
        mvc.perform(multipart("/ars/diagnostic")
                        .file(csv("apl.csv", "code_insee;apl_mg\n33227;1,7\n"))
                        .param("source", "drees-apl")
                        .param("year", "2020")
                        .session(ars)
                        .with(csrf()))
                .andExpect(content().string(containsString("Source : choisissez une des sources proposées.")));
        mvc.perform(multipart("/ars/diagnostic")
                        .file(csv("zonage.csv", "code_insee;zonage_medecins\n33227;ZIP\n"))
                        .param("source", "ars-zonage-medecins")
                        .param("year", "2020")
                        .session(ars)
                        .with(csrf()))
                .andExpect(content().string(containsString("Date d&#39;effet : saisissez la date")));
        assertThat(imports()).isEqualTo(imports);

        mvc.perform(multipart("/ars/diagnostic")
                        .file(csv("zonage.csv", "code_insee;zonage_medecins\n33227;ZIP\n"))
                        .param("source", "ars-zonage-medecins")
                        .param("year", "2020")
                        .param("effectiveOn", "01/04/2020")
                        .session(ars)
                        .with(csrf()))
                .andExpect(redirectedUrl("/ars/diagnostic"));
        assertThat(jdbc.queryForObject(
                        "select region_code from diagnostic_import where source_code = 'ars-zonage-medecins' "
                                + "and year = 2020",
                        String.class))
                .isEqualTo("75");
    }

    @Test
    void onlyAdministratorsAndArsOfficersReachTheImportPage() throws Exception {
        mvc.perform(get("/admin/diagnostic").session(SignIn.as(mvc, "admin", "admin-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Catalogue des indicateurs"), containsString("code_insee;apl_mg"))));
        mvc.perform(get("/ars/diagnostic").session(SignIn.as(mvc, "cpam", "cpam-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFiledLetterOfIntentCarriesItsTerritorysDiagnosticFrozenAtFilingWhichThePorteurCommentsAndTheArsReads()
            throws Exception {
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        mvc.perform(get("/porteur/dossiers/lettre-intention").session(porteur))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Diagnostic du territoire au dépôt du"),
                                containsString("<th scope=\"col\" class=\"fr-cell--multiline\">CPTS Sud Gironde</th>"),
                                containsString("commentaire-diagnostic-form"))));

        mvc.perform(post("/porteur/dossiers/lettre-intention/diagnostic")
                        .param("comment", "La part des patients sans médecin traitant sous-estime l'été.")
                        .session(porteur)
                        .with(csrf()))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention#diagnostic-dossier"))
                .andExpect(flash().attribute("success", "Commentaire du diagnostic enregistré."));
        mvc.perform(post("/porteur/dossiers/lettre-intention/diagnostic")
                        .param("comment", "x".repeat(4_001))
                        .session(porteur)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "error",
                                "Commentaire du diagnostic : 4 000 caractères au plus, sans caractère de contrôle."));

        long dossier = jdbc.queryForObject(
                "select d.id from dossier d join cpts c on c.id = d.cpts_id where c.name = 'CPTS Sud Gironde' "
                        + "and d.kind = 'LETTRE_INTENTION'",
                Long.class);
        mvc.perform(get("/ars/dossiers/" + dossier).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Diagnostic du territoire au dépôt du"),
                                containsString("Commentaire du porteur (Dr Claire Martin"),
                                containsString("La part des patients sans médecin traitant sous-estime l&#39;été."),
                                not(containsString("commentaire-diagnostic-form")))));
    }

    @Test
    void aDecidedDossiersDiagnosticIsNoLongerCommented() throws Exception {
        mvc.perform(post("/porteur/dossiers/lettre-intention/diagnostic")
                        .param("comment", "Trop tard")
                        .session(SignIn.as(mvc, "porteur-arcachon", "porteur-arcachon-demo"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "Le dossier est validé : son diagnostic ne se commente plus."));
    }

    @Test
    void thePorteurSeesTheirTerritorysPatientFlowsAndTheNeighbouringCommunesItsPolesAttract() throws Exception {
        String page = mvc.perform(get("/porteur/cpts/territoire").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Flux de patientèle (2024)"),
                                containsString("id=\"flux-medecine-generale\""),
                                containsString("Communes voisines attirées par vos pôles"),
                                containsString("de ses patients en médecine générale vont à Langon"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.split("id=\"tableau-flux\"", -1))
                .as("the flows table, once")
                .hasSize(2);
        assertThat(page.split("id=\"tableau-diagnostic\"", -1))
                .as("the diagnostic table, once")
                .hasSize(2);
    }

    @Test
    void patientFlowsAreImportedWithEveryLineChecked() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        String header = "commune_residence;commune_exercice;specialite;patients\n";

        mvc.perform(multipart("/admin/diagnostic")
                        .file(csv("flux.csv", header + "33337;33227;medecine-generale;12\n33337;33999;pharmacie;3\n"))
                        .param("source", "ameli-flux")
                        .param("year", "2019")
                        .session(admin)
                        .with(csrf()))
                .andExpect(content()
                        .string(containsString("Ligne 3 : la commune 33999 n&#39;est pas une commune actuelle")));
        mvc.perform(multipart("/admin/diagnostic")
                        .file(csv("flux.csv", header + "33337;33227;medecine-generale;12\n"))
                        .param("source", "ameli-flux")
                        .param("year", "2019")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/diagnostic"));
        assertThat(jdbc.queryForObject("select count(*) from patient_flow where year = 2019", Integer.class))
                .isOne();
    }

    @Test
    void theArsSortsItsQueueByAnIndicatorOfTheDiagnosticsFrozenAtFiling() throws Exception {
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        String page = mvc.perform(get("/ars/dossiers")
                        .param("vue", "tous")
                        .param("tri", "sans_mt_pour_1000")
                        .session(ars))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<th scope=\"col\" class=\"fr-cell--right\">Patients sans médecin traitant pour 1 000 habitants</th>")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        java.util.regex.Matcher values = java.util.regex.Pattern.compile(
                        "data-label=\"Patients sans médecin traitant pour 1 000 habitants\">([0-9 ,]+)</td>")
                .matcher(page);
        List<BigDecimal> sorted = new java.util.ArrayList<>();
        while (values.find()) {
            sorted.add(new BigDecimal(values.group(1).replace(" ", "").replace(',', '.')));
        }
        assertThat(sorted).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        mvc.perform(get("/ars/dossiers")
                        .param("vue", "tous")
                        .param("tri", "x'; drop table dossier; --")
                        .session(ars))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-label=\"Patients sans médecin"))));
    }

    private long imports() {
        return jdbc.queryForObject("select count(*) from diagnostic_import", Long.class);
    }

    private static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
