package fr.cpts.web.audit;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.TestPorteurs.TestPorteur;
import fr.cpts.web.dossier.ValidatedDossiers;
import fr.cpts.web.review.ReviewFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The journal of a CPTS: every change to its dossiers, territory, profile and accounts leaves an entry (who, when,
 * what, why, the fields before and after), readable by its parties only, as a page and as a CSV file.
 */
@CptsWebTest
class JournalTest {

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
    Dossiers dossiers;

    @Autowired
    AuditTrail trail;

    @Autowired
    Contracts contracts;

    @Test
    void eachMoveOfADossierLeavesOneEntryWithWhoTheReasonAndTheStateBeforeAndAfter() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal cycle", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        mvc.perform(completeLetter(0).session(porteur)).andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        long letter = dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow()
                .id()
                .orElseThrow()
                .value();

        submit(porteur);
        decide(ars, letter, "TAKE", null);
        decide(ars, letter, "REQUEST_CORRECTIONS", "Préciser les partenaires hospitaliers");
        submit(porteur);
        decide(ars, letter, "TAKE", null);
        decide(ars, letter, "VALIDATE", null);

        List<AuditEntry> moves = new ArrayList<>(trail.ofCpts(team.cpts().id()).stream()
                .filter(entry -> entry.changes().stream()
                        .anyMatch(change -> change.field().equals("state")))
                .toList());
        Collections.reverse(moves);
        assertThat(moves)
                .extracting(AuditEntry::action)
                .containsExactly(
                        "Dépôt",
                        "Prise en charge",
                        "Demande de corrections",
                        "Nouveau dépôt",
                        "Prise en charge",
                        "Validation");
        assertThat(moves).allSatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("LETTRE_INTENTION");
            assertThat(entry.entityId()).isEqualTo(String.valueOf(letter));
            assertThat(entry.cpts()).contains(team.cpts().id());
        });
        assertThat(moves)
                .extracting(AuditEntry::actor)
                .containsExactly(team.username(), "ars", "ars", team.username(), "ars", "ars");
        assertThat(moves)
                .extracting(AuditEntry::actorRole)
                .containsExactly(
                        Role.PORTEUR,
                        Role.ARS_OFFICER,
                        Role.ARS_OFFICER,
                        Role.PORTEUR,
                        Role.ARS_OFFICER,
                        Role.ARS_OFFICER);
        assertThat(moves.get(2).reason()).contains("Préciser les partenaires hospitaliers");
        assertThat(moves.get(0).reason()).isEmpty();
        assertThat(moves)
                .extracting(entry -> entry.changes().get(0))
                .containsExactly(
                        new FieldChange("state", "Brouillon", "Déposé, en attente d'instruction"),
                        new FieldChange("state", "Déposé, en attente d'instruction", "En cours d'instruction"),
                        new FieldChange("state", "En cours d'instruction", "Corrections demandées"),
                        new FieldChange("state", "Corrections demandées", "Déposé, en attente d'instruction"),
                        new FieldChange("state", "Déposé, en attente d'instruction", "En cours d'instruction"),
                        new FieldChange("state", "En cours d'instruction", "Validé"));

        mvc.perform(get("/porteur/journal").session(porteur))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Demande de corrections"),
                                containsString("Préciser les partenaires hospitaliers"),
                                containsString("Julien Lefèvre (ars)"),
                                containsString("Agent ARS"),
                                containsString("Corrections demandées"))));
    }

    @Test
    void savingTheContentOfADossierJournalsOnlyTheFieldsThatChangedWithTheirValueBeforeAndAfter() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal contenu", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        mvc.perform(completeLetter(0).session(porteur)).andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        long version = dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)
                        .orElseThrow()
                        .version()
                + 1;

        mvc.perform(completeLetter(
                                version,
                                Map.of(
                                        "firstDiagnostic",
                                        "5 000 patients sans médecin traitant",
                                        "orientations[PREVENTION]",
                                        "Vaccination antigrippale"))
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));

        List<AuditEntry> journal = trail.ofCpts(team.cpts().id());
        assertThat(journal).extracting(AuditEntry::action).containsExactly("Modification", "Création");
        assertThat(journal.get(0).changes())
                .containsExactlyInAnyOrder(
                        new FieldChange(
                                "firstDiagnostic",
                                "4 000 patients sans médecin traitant",
                                "5 000 patients sans médecin traitant"),
                        new FieldChange(
                                "orientations.PREVENTION",
                                "Orientation " + Mission.PREVENTION.label(),
                                "Vaccination antigrippale"));
        assertThat(journal.get(1).changes())
                .contains(new FieldChange("firstDiagnostic", "", "4 000 patients sans médecin traitant"));
        mvc.perform(get("/porteur/journal").session(porteur))
                .andExpect(content()
                        .string(allOf(
                                containsString("Premier diagnostic"),
                                containsString("Orientations › Prévention"),
                                containsString("Vaccination antigrippale"))));
    }

    @Test
    void addingAndRemovingACommuneIsJournaledWithTheCommuneAddedThenRemoved() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal territoire", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        long version = territories.forEditing(team.cpts().id()).version();

        mvc.perform(post("/porteur/cpts/territoire/communes")
                .param("code", "33281")
                .param("version", String.valueOf(version))
                .with(csrf())
                .session(porteur));
        mvc.perform(post("/porteur/cpts/territoire/communes/retrait")
                .param("code", "33281")
                .param("version", String.valueOf(version + 1))
                .with(csrf())
                .session(porteur));

        List<AuditEntry> journal = trail.ofCpts(team.cpts().id()).stream()
                .filter(entry -> entry.entityType().equals("TERRITOIRE"))
                .toList();
        assertThat(journal).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("Modification");
            assertThat(entry.actor()).isEqualTo(team.username());
        });
        assertThat(journal.get(0).changes())
                .containsExactly(
                        new FieldChange("communesRemoved", "Mérignac (33281)", null),
                        new FieldChange("communeCount", "2", "1"));
        assertThat(journal.get(1).changes())
                .containsExactly(
                        new FieldChange("communesAdded", null, "Mérignac (33281)"),
                        new FieldChange("communeCount", "1", "2"));
    }

    @Test
    void aProfileCreatedThenChangedIsJournaledFieldByField() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal fiche", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());

        mvc.perform(identity(0, "05 56 63 12 40").session(porteur)).andExpect(redirectedUrl("/porteur/cpts/fiche"));
        mvc.perform(identity(1, "05 56 63 99 99").session(porteur)).andExpect(redirectedUrl("/porteur/cpts/fiche"));

        List<AuditEntry> journal = trail.ofCpts(team.cpts().id()).stream()
                .filter(entry -> entry.entityType().equals("FICHE_CPTS"))
                .toList();
        assertThat(journal).extracting(AuditEntry::action).containsExactly("Modification", "Création");
        assertThat(journal.get(0).changes())
                .containsExactly(new FieldChange("coordinator.phone", "05 56 63 12 40", "05 56 63 99 99"));
        assertThat(journal.get(1).changes())
                .contains(
                        new FieldChange("address.city", null, "Langon"),
                        new FieldChange("legalForm", null, "ASSOCIATION_LOI_1901"));
        mvc.perform(get("/porteur/journal").session(porteur))
                .andExpect(content()
                        .string(allOf(
                                containsString("Fiche CPTS"),
                                containsString("Coordination › Téléphone"),
                                containsString("05 56 63 99 99"))));
    }

    @Test
    void thePorteurLearnsThatAPrivateCommentWasWrittenButNeverItsText() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal commentaire", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        mvc.perform(completeLetter(0).session(porteur)).andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        submit(porteur);
        long letter = dossiers.of(team.cpts().id(), DossierKind.LETTRE_INTENTION)
                .orElseThrow()
                .id()
                .orElseThrow()
                .value();
        String secret = "Porteur peu fiable, vérifier les signatures";

        mvc.perform(post("/ars/dossiers/" + letter + "/commentaires")
                        .param("text", secret)
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl("/ars/dossiers/" + letter + "#commentaires"));

        assertThat(trail.ofCpts(team.cpts().id()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("Commentaire interne"));
        assertThat(trail.ofCpts(team.cpts().id()).toString()).doesNotContain("Porteur peu fiable");
        mvc.perform(get("/porteur/journal").session(porteur))
                .andExpect(content()
                        .string(allOf(
                                containsString("Commentaire interne"), not(containsString("Porteur peu fiable")))));
        assertThat(mvc.perform(get("/porteur/journal.csv").session(porteur))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Commentaire interne")
                .doesNotContain("Porteur peu fiable");
    }

    @Test
    void theDemoAccountsCreationIsJournaledAsDoneByThePlatform() {
        CptsId sudGironde = records.byName("CPTS Sud Gironde").orElseThrow().id();

        assertThat(trail.ofCpts(sudGironde)).anySatisfy(entry -> {
            assertThat(entry.entityType()).isEqualTo("COMPTE");
            assertThat(entry.entityId()).isEqualTo("porteur");
            assertThat(entry.action()).isEqualTo("Création");
            assertThat(entry.actor()).isEqualTo("système");
            assertThat(entry.actorRole()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(entry.changes()).contains(new FieldChange("role", null, "Porteur de projet"));
            assertThat(entry.changes())
                    .noneMatch(change -> change.field().toLowerCase().contains("password"));
        });
    }

    @Test
    void officersReadInTheJournalNothingThePorteurHasNotFiledYet() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal brouillons", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        String draftText = "Brouillon confidentiel 4242";
        String draftDoctor = "Dr Brouillon Secret";
        mvc.perform(completeLetter(0, Map.of("firstDiagnostic", draftText)).session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        org.springframework.util.LinkedMultiValueMap<String, String> doctor =
                new org.springframework.util.LinkedMultiValueMap<>();
        fr.cpts.web.assistant.AssistantRequestFixtures.eligibleForm(draftDoctor).forEach(doctor::add);
        mvc.perform(post("/porteur/assistants-medicaux/nouvelle")
                        .params(doctor)
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().is3xxRedirection());

        assertThat(body(get("/porteur/journal"), porteur)).contains(draftText, draftDoctor);
        long cpts = team.cpts().id().value();
        for (String party : List.of("ars", "cpam")) {
            MockHttpSession officer = party.equals("ars") ? ars : cpam;
            for (String file : List.of("/journal", "/journal.csv")) {
                assertThat(body(get("/" + party + "/cpts/" + cpts + file), officer))
                        .as(party + file)
                        .doesNotContain(draftText, draftDoctor);
            }
        }

        // once filed, the letter and its history are the ARS's to read; the subsidy request is still a draft
        submit(porteur);
        assertThat(body(get("/ars/cpts/" + cpts + "/journal"), ars))
                .contains(draftText, "Dépôt")
                .doesNotContain(draftDoctor);
    }

    @Test
    void officersReadNoDraftOfAnyKindInTheJournalNorInItsCsv() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal tous brouillons", records, territories, accounts, encoder);
        Actor porteurActor = new Actor(team.username(), "Porteur", Role.PORTEUR);
        ValidatedDossiers.validatedLetter(
                dossiers,
                team.cpts(),
                territories.of(team.cpts().id()),
                porteurActor,
                "Journal",
                "une commune",
                Instant.parse("2024-01-10T09:00:00Z"),
                new Actor("ars", "Agent ARS", Role.ARS_OFFICER));
        ReviewFixtures.storeSignedContract(contracts, team.cpts().id());
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        String projectText = "Projet brouillon 5151";
        String attachmentName = "piece-brouillon-6161";
        String reviewComment = "Commentaire de revue brouillon 7171";
        mvc.perform(post("/porteur/dossiers/projet-sante/modifier")
                        .param("version", "0")
                        .param("diagnostic", projectText)
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/projet-sante"));
        mvc.perform(multipart("/porteur/dossiers/projet-sante/pieces")
                        .file(new MockMultipartFile(
                                "file", attachmentName + ".pdf", "application/pdf", ReviewFixtures.PDF))
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", "Pièce jointe ajoutée au dossier."));
        mvc.perform(post("/porteur/contrat/revues/1/ouverture").with(csrf()).session(porteur))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .param("version", "1")
                        .param("value-0", "80")
                        .param("comment-0", reviewComment)
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attributeExists("success"));

        assertThat(body(get("/porteur/journal"), porteur)).contains(projectText, attachmentName, reviewComment);
        long cpts = team.cpts().id().value();
        for (String party : List.of("ars", "cpam")) {
            MockHttpSession officer = SignIn.as(mvc, party, party + "-demo");
            for (String file : List.of("/journal", "/journal.csv")) {
                assertThat(body(get("/" + party + "/cpts/" + cpts + file), officer))
                        .as(party + file)
                        .doesNotContain(projectText, attachmentName, reviewComment);
            }
        }
    }

    private String body(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachPartyReadsTheJournalOfACptsOfTheirScopeAndGets404ForAnother() throws Exception {
        long sudGironde = records.byName("CPTS Sud Gironde").orElseThrow().id().value();
        long paysBasque = records.byName("CPTS Pays Basque").orElseThrow().id().value();
        long grandeTerre =
                records.byName("CPTS Grande-Terre Sud").orElseThrow().id().value();
        MockHttpSession porteur = SignIn.as(mvc, "porteur", "porteur-demo");
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        mvc.perform(get("/porteur/journal").session(porteur))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CPTS Sud Gironde")));
        mvc.perform(get("/porteur/cpts/" + sudGironde + "/journal").session(porteur))
                .andExpect(redirectedUrl("/porteur/journal"));
        mvc.perform(get("/porteur/cpts/" + paysBasque + "/journal").session(porteur))
                .andExpect(status().isNotFound());

        mvc.perform(get("/ars/cpts/" + sudGironde + "/journal").session(ars))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CPTS Sud Gironde")));
        mvc.perform(get("/ars/cpts/" + grandeTerre + "/journal").session(ars)).andExpect(status().isNotFound());
        mvc.perform(get("/ars/cpts/" + grandeTerre + "/journal.csv").session(ars))
                .andExpect(status().isNotFound());

        mvc.perform(get("/cpam/cpts/" + sudGironde + "/journal").session(cpam)).andExpect(status().isOk());
        mvc.perform(get("/cpam/cpts/" + paysBasque + "/journal").session(cpam)).andExpect(status().isNotFound());
        mvc.perform(get("/cpam/cpts/" + paysBasque + "/journal.csv").session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ars/cpts/" + sudGironde + "/journal").session(cpam)).andExpect(status().isForbidden());
    }

    @Test
    void theHomeAndOfficerPagesLinkToTheJournal() throws Exception {
        long sudGironde = records.byName("CPTS Sud Gironde").orElseThrow().id().value();

        mvc.perform(get("/porteur").session(SignIn.as(mvc, "porteur", "porteur-demo")))
                .andExpect(content().string(containsString("href=\"/porteur/journal\"")));
        mvc.perform(get("/ars/cpts/" + sudGironde).session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(content().string(containsString("href=\"/ars/cpts/" + sudGironde + "/journal\"")));
        mvc.perform(get("/cpam/cpts/" + sudGironde).session(SignIn.as(mvc, "cpam", "cpam-demo")))
                .andExpect(content().string(containsString("href=\"/cpam/cpts/" + sudGironde + "/journal\"")));
    }

    @Test
    void theCsvExportHasAHeaderLineAndOneLinePerEntryForExcel() throws Exception {
        TestPorteur team = TestPorteurs.create("CPTS Journal « export »", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        mvc.perform(completeLetter(0, Map.of("actorsAndPartners", "MSP; pharmacies \"du centre\""))
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
        submit(porteur);
        int entries = trail.ofCpts(team.cpts().id()).size();

        MockHttpServletResponse response = mvc.perform(
                        get("/ars/cpts/" + team.cpts().id().value() + "/journal.csv")
                                .session(SignIn.as(mvc, "ars", "ars-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                allOf(
                                        containsString("attachment"),
                                        containsString("filename=\"journal-cpts-journal-export-"),
                                        containsString(".csv\""))))
                .andReturn()
                .getResponse();

        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(entries).isEqualTo(2);
        assertThat(lines).hasSize(1 + entries);
        assertThat(lines.get(0)).isEqualTo("Date;Auteur;Rôle;Objet;Action;Motif;Modifications");
        assertThat(lines.get(1))
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2};Porteur CPTS Journal « export » \\(" + team.username()
                        + "\\);Porteur de projet;Lettre d'intention;Dépôt;;.*");
        assertThat(lines.get(2))
                .contains(";Création;")
                .contains("\"")
                .contains("Acteurs et partenaires : — → MSP; pharmacies \"\"du centre\"\"");
    }

    private void submit(MockHttpSession porteur) throws Exception {
        mvc.perform(post("/porteur/dossiers/lettre-intention/deposer")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/dossiers/lettre-intention"));
    }

    private void decide(MockHttpSession ars, long id, String move, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/ars/dossiers/" + id + "/decision")
                .param("move", move)
                .param("confirmation", "oui")
                .with(csrf())
                .session(ars);
        if (reason != null) {
            request.param("reason", reason);
        }
        mvc.perform(request).andExpect(redirectedUrl("/ars/dossiers/" + id));
    }

    private MockHttpServletRequestBuilder completeLetter(long version) {
        return completeLetter(version, Map.of());
    }

    /** The complete letter form as the page posts it, with these fields changed. */
    private MockHttpServletRequestBuilder completeLetter(long version, Map<String, String> changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("firstDiagnostic", "4 000 patients sans médecin traitant");
        fields.put("actorsAndPartners", "MSP, pharmacies");
        fields.put("milestones[0].date", "01/06/2025");
        fields.put("milestones[0].label", "Assemblée constitutive");
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE) {
                fields.put("orientations[" + mission.name() + "]", "Orientation " + mission.label());
            }
        }
        fields.putAll(changed);
        MockHttpServletRequestBuilder request =
                post("/porteur/dossiers/lettre-intention/modifier").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder identity(long version, String phone) {
        return post("/porteur/cpts/fiche")
                .with(csrf())
                .param("legalForm", "ASSOCIATION_LOI_1901")
                .param("street", "2 rue Jean Jaurès")
                .param("postalCode", "33210")
                .param("city", "Langon")
                .param("coordinatorName", "Dr Anne Roux")
                .param("coordinatorEmail", "coordination@cpts.fr")
                .param("coordinatorPhone", phone)
                .param("version", String.valueOf(version));
    }
}
