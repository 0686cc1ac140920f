package fr.cpts.web.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.ClaimedDerogation;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The medical-assistant subsidy requests through their pages, on the demo accounts and a CPTS of the test's own:
 * filing, eligibility, the CPAM's decision, the journal, scope, bad input and concurrent changes.
 */
@CptsWebTest
class AssistantRequestPagesTest {

    private static final String PORTEUR_BASE = "/porteur/assistants-medicaux";
    private static final String ENTITY = "DEMANDE_ASSISTANT_MEDICAL";

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
    AssistantSubsidyRequests requests;

    @Autowired
    AuditTrail trail;

    TestPorteurs.TestPorteur porteur;
    MockHttpSession porteurSession;

    @BeforeEach
    void aCptsOfTheTestsOwn() throws Exception {
        porteur = TestPorteurs.create("CPTS Assistants", records, territories, accounts, encoder);
        porteurSession = SignIn.as(mvc, porteur.username(), porteur.password());
    }

    @Test
    void aPorteurFilesAnEligibleRequestAndTheCpamAcceptsItEveryStepInTheJournal() throws Exception {
        long id = createdDraft(AssistantRequestFixtures.eligibleForm("Dr Paul Durand"));

        String draftPage = page(get(PORTEUR_BASE + "/" + id), porteurSession);
        assertThat(draftPage)
                .contains(
                        "Dr Paul Durand",
                        "Brouillon",
                        "Le médecin remplit tous les critères d'éligibilité",
                        "Assistant médical 2024",
                        "du 01/10/2025 au 30/09/2026",
                        "19 000,00 €",
                        "14 000,00 €",
                        "11 000,00 €",
                        "66 000,00 €",
                        "Déposer la demande auprès de la CPAM");

        mvc.perform(post(PORTEUR_BASE + "/" + id + "/deposer")
                        .param("version", "0")
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(redirectedUrl(PORTEUR_BASE + "/" + id))
                .andExpect(flash().attribute("success", "La demande est déposée auprès de la CPAM."));
        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.FILED);
        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains("La demande attend la décision de la CPAM.")
                .doesNotContain("Modifier le brouillon");

        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        assertThat(page(get("/cpam/assistants-medicaux"), cpam))
                .contains("Dr Paul Durand", porteur.cpts().name(), "href=\"/cpam/assistants-medicaux/" + id + "\"");
        assertThat(page(get("/cpam/assistants-medicaux/" + id), cpam))
                .contains(
                        "Le médecin remplit tous les critères d'éligibilité",
                        "66 000,00 €",
                        "Accepter la demande",
                        "action=\"/cpam/assistants-medicaux/" + id + "/decision\"",
                        "href=\"/cpam/cpts/" + porteur.cpts().id().value() + "/journal\"");
        // without the confirming answer, the acceptance is only offered for confirmation
        assertThat(page(
                        post("/cpam/assistants-medicaux/" + id + "/decision")
                                .param("move", "ACCEPT")
                                .param("version", String.valueOf(stored(id).version()))
                                .with(csrf()),
                        cpam))
                .contains(
                        "Accepter la demande d'aide pour l'assistant médical (",
                        "La décision est définitive",
                        "l'aide prévue par le barème devient due",
                        "name=\"confirmation\" value=\"oui\"");
        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.FILED);
        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "ACCEPT")
                        .param("version", String.valueOf(stored(id).version()))
                        .param("confirmation", "oui")
                        .with(csrf())
                        .session(cpam))
                .andExpect(redirectedUrl("/cpam/assistants-medicaux/" + id))
                .andExpect(flash().attributeExists("success"));

        AssistantSubsidyRequest accepted = stored(id);
        assertThat(accepted.state()).isEqualTo(SubsidyRequestState.ACCEPTED);
        assertThat(accepted.lastTransition().orElseThrow().actor().username()).isEqualTo("cpam");
        List<AuditEntry> journal = journalOf(id);
        assertThat(journal).extracting(AuditEntry::action).containsExactly("Création", "Dépôt", "Acceptation");
        assertThat(journal)
                .extracting(AuditEntry::actor)
                .containsExactly(porteur.username(), porteur.username(), "cpam");
        assertThat(journal.get(0).changes())
                .contains(
                        new FieldChange("doctorName", null, "Dr Paul Durand"),
                        new FieldChange("specialty", null, "Médecine générale"),
                        new FieldChange("hiringDate", null, "01/10/2025"));
        assertThat(journal.get(2).changes())
                .contains(
                        new FieldChange("state", "Déposée, en attente de la CPAM", "Acceptée"),
                        new FieldChange("eligibilityRuleSet", null, "Assistant médical 2024"),
                        new FieldChange("subsidyTotal", null, "66 000,00 €"));
        assertThat(page(get("/cpam/cpts/" + porteur.cpts().id().value() + "/journal"), cpam))
                .contains("Demande d'aide assistant médical", "Acceptation", "Aide sur cinq ans");
        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession)).contains("Acceptée", "Nadia Benali");
    }

    @Test
    void theDoctorsCommitmentIsCheckedAgainstTheListDeclaredEachYearAndAMissedOneIsToConfirm() throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(AssistantRequestFixtures.eligibleForm("Dr Yann Kerlo"));
        fields.put("hiringDate", "01/10/2022");
        fields.put("commitment.initialPatients", "1000");
        fields.put("commitment.increasePercent", "30");
        assertThat(checkedFromTheForm(fields))
                .contains(
                        "Engagement du médecin : l'option « 1/2 temps » engage à augmenter la patientèle de 0 % à "
                                + "25 %",
                        "la demande indique 30 %");
        fields.put("commitment.increasePercent", "");
        assertThat(checkedFromTheForm(fields))
                .contains("Engagement du médecin : indiquez la patientèle initiale et l'augmentation promise");
        fields.put("commitment.increasePercent", "20");
        long id = createdDraft(fields);
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/deposer")
                .param("version", "0")
                .with(csrf())
                .session(porteurSession));
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                .param("move", "ACCEPT")
                .param("version", String.valueOf(stored(id).version()))
                .param("confirmation", "oui")
                .with(csrf())
                .session(cpam));
        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.ACCEPTED);

        mvc.perform(post(PORTEUR_BASE + "/" + id + "/patientele")
                        .param("year", "3")
                        .param("patients", "mille")
                        .param("version", String.valueOf(stored(id).version()))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(flash().attribute("error", containsString("en chiffres (« mille » n'en est pas un)")));
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/patientele")
                        .param("year", "3")
                        .param("patients", "1 100")
                        .param("version", String.valueOf(stored(id).version()))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(flash().attribute("success", "La patientèle de l'année 3 est déclarée."));

        // year 3 revalued on the 2024 grid: 11 000 €; 100 of the 200 patients promised: 5 500 €, to confirm
        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains(
                        "1 000 patients au départ, +20 % promis, soit 1 200 patients",
                        "engagement non tenu",
                        "(1 100 patients déclarés)",
                        "à confirmer",
                        "5 500,00 €",
                        "Déclarer la patientèle");
        assertThat(page(get("/cpam/assistants-medicaux/" + id), cpam))
                .contains("engagement non tenu", "5 500,00 €")
                .doesNotContain("Déclarer la patientèle");
        assertThat(journalOf(id)).extracting(AuditEntry::action).contains("Patientèle déclarée");
        assertThat(stored(id).declaredPatientLists()).containsExactly(Map.entry(3, 1_100L));
    }

    @Test
    void theCpamRefusesOnlyWithAReasonWhichThePorteurThenReads() throws Exception {
        AssistantSubsidyRequest filed = AssistantRequestFixtures.filed(requests, porteur.cpts(), "Dr Refus");
        long id = filed.id().orElseThrow().value();
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "REFUSE")
                        .param("reason", "  ")
                        .param("version", String.valueOf(filed.version()))
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", "Impossible de refuser cette demande sans en donner le motif."));
        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.FILED);
        assertThat(journalOf(id)).isEmpty();

        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "REFUSE")
                        .param("reason", "Contrat de travail de l'assistant non fourni")
                        .param("version", String.valueOf(filed.version()))
                        .param("confirmation", "oui")
                        .with(csrf())
                        .session(cpam))
                .andExpect(
                        flash().attribute("success", "Demande refusée : le porteur de projet voit le motif du refus."));

        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.REFUSED);
        assertThat(journalOf(id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("Refus");
            assertThat(entry.actor()).isEqualTo("cpam");
            assertThat(entry.reason()).contains("Contrat de travail de l'assistant non fourni");
        });
        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains("Refusée", "Contrat de travail de l'assistant non fourni");
        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "ACCEPT")
                        .param("version", String.valueOf(stored(id).version()))
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute(
                                "error", "Impossible d'accepter cette demande : elle est à l'état « Refusée »."));
    }

    @Test
    void aRequestOfAnotherCptsIsNotFoundForThePorteurAndOutOfTheirDepartementsForTheCpam() throws Exception {
        CptsRecord paysBasque = records.create(
                "CPTS Côte Basque Test " + System.nanoTime(), new RegionCode("75"), new DepartementCode("64"));
        long other = AssistantRequestFixtures.filed(requests, paysBasque, "Dr Ailleurs")
                .id()
                .orElseThrow()
                .value();
        long otherPorteursOwn = AssistantRequestFixtures.draft(
                        requests,
                        TestPorteurs.create("CPTS Voisine", records, territories, accounts, encoder)
                                .cpts(),
                        "Dr Voisin")
                .id()
                .orElseThrow()
                .value();

        for (long id : List.of(other, otherPorteursOwn)) {
            mvc.perform(get(PORTEUR_BASE + "/" + id).session(porteurSession)).andExpect(status().isNotFound());
            mvc.perform(get(PORTEUR_BASE + "/" + id + "/modifier").session(porteurSession))
                    .andExpect(status().isNotFound());
            mvc.perform(post(PORTEUR_BASE + "/" + id + "/modifier")
                            .params(form(AssistantRequestFixtures.eligibleForm("Dr Détourné")))
                            .param("version", "0")
                            .with(csrf())
                            .session(porteurSession))
                    .andExpect(status().isNotFound());
            mvc.perform(post(PORTEUR_BASE + "/" + id + "/deposer")
                            .param("version", "0")
                            .with(csrf())
                            .session(porteurSession))
                    .andExpect(status().isNotFound());
        }
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(get("/cpam/assistants-medicaux/" + other).session(cpam)).andExpect(status().isNotFound());
        mvc.perform(post("/cpam/assistants-medicaux/" + other + "/decision")
                        .param("move", "ACCEPT")
                        .param("version", "1")
                        .with(csrf())
                        .session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cpam/assistants-medicaux/999999999").session(cpam)).andExpect(status().isNotFound());
        assertThat(page(get("/cpam/assistants-medicaux"), cpam)).doesNotContain("Dr Ailleurs");
        assertThat(page(get(PORTEUR_BASE), porteurSession)).doesNotContain("Dr Ailleurs", "Dr Voisin");
        assertThat(stored(other).state()).isEqualTo(SubsidyRequestState.FILED);
        assertThat(stored(otherPorteursOwn).application().doctor().fullName()).isEqualTo("Dr Voisin");
    }

    @Test
    void theArsReadsTheFiledRequestsOfItsRegionButNeverADraftAndCannotDecide() throws Exception {
        CptsRecord paysBasque = records.create(
                "CPTS Labourd Test " + System.nanoTime(), new RegionCode("75"), new DepartementCode("64"));
        long filed = AssistantRequestFixtures.filed(requests, paysBasque, "Dr Lecture")
                .id()
                .orElseThrow()
                .value();
        long draft = AssistantRequestFixtures.draft(requests, porteur.cpts(), "Dr Brouillon")
                .id()
                .orElseThrow()
                .value();
        CptsRecord guadeloupe = records.create(
                "CPTS Basse-Terre Test " + System.nanoTime(), new RegionCode("01"), new DepartementCode("971"));
        long outOfRegion = AssistantRequestFixtures.filed(requests, guadeloupe, "Dr Outre-mer")
                .id()
                .orElseThrow()
                .value();
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");

        assertThat(page(get("/ars/assistants-medicaux"), ars))
                .contains("Dr Lecture", "href=\"/ars/assistants-medicaux/" + filed + "\"")
                .doesNotContain("Dr Brouillon", "Dr Outre-mer", "/cpam/");
        assertThat(page(get("/ars/assistants-medicaux/" + filed), ars))
                .contains(
                        "Dr Lecture",
                        "Consultation seule : la CPAM du département décide de la demande.",
                        "66 000,00 €",
                        "href=\"/ars/assistants-medicaux\"",
                        "href=\"/ars/cpts/" + paysBasque.id().value() + "/journal\"")
                .doesNotContain("Accepter la demande", "formulaire-decision", "/cpam/");
        mvc.perform(get("/ars/assistants-medicaux/" + draft).session(ars)).andExpect(status().isNotFound());
        mvc.perform(get("/ars/assistants-medicaux/" + outOfRegion).session(ars)).andExpect(status().isNotFound());
        mvc.perform(post("/cpam/assistants-medicaux/" + filed + "/decision")
                        .param("move", "ACCEPT")
                        .param("version", "1")
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isForbidden());
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(get("/cpam/assistants-medicaux/" + draft).session(cpam)).andExpect(status().isNotFound());
        assertThat(stored(filed).state()).isEqualTo(SubsidyRequestState.FILED);
    }

    @Test
    void aFormSentBackWithErrorsTiesEachErrorToItsFieldAndSummarisesThemAsLinksToTheFields() throws Exception {
        Map<String, String> bad = AssistantRequestFixtures.eligibleForm("Dr Lien");
        bad.put("rpps", "1234");
        bad.put("doctorsInPractice", "trois");

        String page = unescaped(mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                        .params(form(bad))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page)
                .contains("id=\"resume-erreurs\" tabindex=\"-1\" data-title-prefix=\"Erreur : \"")
                .contains("<a href=\"#rpps\" data-field=\"rpps\">"
                        + "Numéro RPPS : il compte exactement 11 chiffres, sans espace.</a>")
                .contains("<a href=\"#doctorsInPractice\" data-field=\"doctorsInPractice\">")
                .contains("id=\"rpps-erreur\"", "id=\"doctorsInPractice-erreur\"");
        assertThat(inputOf(page, "rpps")).contains("aria-invalid=\"true\"", "aria-describedby=\"rpps-erreur\"");
        assertThat(inputOf(page, "doctorsInPractice"))
                .contains("aria-invalid=\"true\"", "aria-describedby=\"doctorsInPractice-erreur\"");
        assertThat(inputOf(page, "doctorName")).doesNotContain("aria-invalid", "aria-describedby");
    }

    @Test
    void badInputIsRefusedFieldByFieldInFrenchAndNothingIsStored() throws Exception {
        Map<String, String> bad = AssistantRequestFixtures.eligibleForm("   ");
        bad.put("rpps", "1234");
        bad.put("specialty", "'; drop table cpts; --");
        bad.remove("sector");
        bad.put("doctorsInPractice", "trois");
        bad.put("medecinTraitantAdultPatients", "-5");
        bad.put("activityPercentile", "150");
        bad.put("workingTime", "DOUBLE");
        bad.put("hiringDate", "31/02/2025");

        MvcResult result = mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                        .params(form(bad))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(unescaped(result))
                .contains(
                        "Le formulaire contient des erreurs : rien n'a été enregistré.",
                        "Nom du médecin : il est obligatoire.",
                        "Numéro RPPS : il compte exactement 11 chiffres, sans espace.",
                        "Spécialité : choisissez une spécialité de la liste.",
                        "Secteur conventionnel : choisissez le secteur du médecin.",
                        "Nombre de médecins du cabinet : écrivez un nombre entier, par exemple 3.",
                        "Patients adultes médecin traitant : le nombre ne peut pas être négatif.",
                        "Percentile de la file active : il est compris entre 0 et 100.",
                        "Option : choisissez une option de la liste.",
                        "Date d'embauche : date illisible ; écrivez-la au format JJ/MM/AAAA, par exemple 01/10/2025.");
        Map<String, String> optamInSector1 = AssistantRequestFixtures.eligibleForm("Dr Optam");
        optamInSector1.put("optam", "true");
        optamInSector1.put("hiringDate", "01/01/2099");
        assertThat(unescaped(mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                                .params(form(optamInSector1))
                                .with(csrf())
                                .session(porteurSession))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains(
                        "Adhésion à l'OPTAM : elle ne concerne que les médecins de secteur 2",
                        "Date d'embauche : elle ne peut pas dépasser le");
        Map<String, String> beforeAnyRuleSet = AssistantRequestFixtures.eligibleForm("Dr Avant Barème");
        beforeAnyRuleSet.put("hiringDate", "1800-01-01");
        assertThat(unescaped(mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                                .params(form(beforeAnyRuleSet))
                                .with(csrf())
                                .session(porteurSession))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("Date d'embauche : Aucun barème « assistant médical » n'est en vigueur le 01/01/1800");
        assertThat(requests.ofCpts(List.of(porteur.cpts().id()))).isEmpty();
        assertThat(trail.ofCpts(porteur.cpts().id()))
                .noneMatch(entry -> entry.entityType().equals(ENTITY));
    }

    @Test
    void anIneligibleRequestMayStayADraftButIsNotFiledAndTheFailedCriteriaAreShown() throws Exception {
        Map<String, String> ineligible = AssistantRequestFixtures.eligibleForm("Dr Secteur Deux");
        ineligible.put("sector", "SECTOR_2");
        ineligible.put("doctorsInPractice", "1");
        ineligible.put("medecinTraitantAdultPatients", "500");
        long id = createdDraft(ineligible);

        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains(
                        "Brouillon",
                        "Le médecin ne remplit pas 3 critères d'éligibilité",
                        "secteur conventionnel",
                        "Le médecin doit exercer en secteur 1, ou en secteur 2 avec adhésion à l'OPTAM",
                        "exercice regroupé",
                        "activité minimale",
                        "le médecin traitant de plus de 640 patients adultes (ici : 500)",
                        "elle ne peut pas être déposée")
                .doesNotContain("id=\"deposer\"");
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/deposer")
                        .param("version", "0")
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(redirectedUrl(PORTEUR_BASE + "/" + id))
                .andExpect(flash().attribute(
                                "error",
                                "La demande ne peut pas être déposée : le médecin ne remplit "
                                        + "pas tous les critères d'éligibilité. Elle reste en brouillon."))
                .andExpect(flash().attribute("failedCriteria", org.hamcrest.Matchers.hasSize(3)));

        assertThat(stored(id).state()).isEqualTo(SubsidyRequestState.DRAFT);
        assertThat(journalOf(id)).extracting(AuditEntry::action).containsExactly("Création");
    }

    @Test
    void aClaimedDerogationIsShownWithItsOutcomeAndKeptWithTheRequest() throws Exception {
        Map<String, String> newlyInstalled = AssistantRequestFixtures.eligibleForm("Dr Primo Installée");
        newlyInstalled.put("medecinTraitantAdultPatients", "250");
        newlyInstalled.put("newInstallation", "true");
        newlyInstalled.put("disabilityOrLongTermIllness", "true");
        long id = createdDraft(newlyInstalled);

        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains(
                        "Dérogations",
                        "accordée par les règles",
                        "le seuil d'activité ne s'applique pas ; l'objectif du contrat est le maintien de l'activité",
                        "médecin primo-installé ; médecin RQTH ou en ALD")
                .doesNotContain("id=\"non-eligible\"");
        assertThat(stored(id).application().practice().claimedDerogations())
                .containsExactlyInAnyOrder(
                        ClaimedDerogation.NEW_INSTALLATION, ClaimedDerogation.DISABILITY_OR_LONG_TERM_ILLNESS);
    }

    @Test
    void aSurgeonIsCheckedOnTheShareOfClinicalFeesAndAHighPercentileRaisesTheAmounts() throws Exception {
        Map<String, String> surgeon = AssistantRequestFixtures.eligibleForm("Dr Chirurgien");
        surgeon.put("specialty", "CHIRURGIE");
        surgeon.put("medecinTraitantAdultPatients", "0");
        surgeon.put("activityPercentile", "96");
        surgeon.put("clinicalFeesShare", "70");

        String refused = checkedFromTheForm(surgeon);
        assertThat(refused)
                .contains(
                        "part des honoraires cliniques",
                        "au moins 80 % des honoraires des 12 mois précédant le contrat (ici : 70 %)");

        surgeon.put("clinicalFeesShare", "85");
        String eligible = checkedFromTheForm(surgeon);
        assertThat(eligible)
                .doesNotContain("part des honoraires cliniques")
                .contains("ligne « P95 et plus »", "95 000,00 €");
    }

    @Test
    void checkingEligibilityFromTheFormShowsTheCheckAndScheduleAndStoresNothing() throws Exception {
        Map<String, String> fullTime = AssistantRequestFixtures.eligibleForm("Dr Temps Plein");
        fullTime.put("workingTime", "FULL");

        String checked = checkedFromTheForm(fullTime);

        assertThat(checked)
                .contains(
                        "Vérification (rien n'est enregistré)",
                        "Le médecin ne remplit pas 1 critère",
                        "temps plein en zone sous-dense",
                        "38 000,00 €",
                        "28 000,00 €",
                        "22 000,00 €",
                        "132 000,00 €");
        assertThat(requests.ofCpts(List.of(porteur.cpts().id()))).isEmpty();
    }

    @Test
    void theClosedThirdTimeOptionShowsWhyNoScheduleCanBeComputed() throws Exception {
        Map<String, String> third = AssistantRequestFixtures.eligibleForm("Dr Tiers Temps");
        third.put("workingTime", "THIRD");
        long id = createdDraft(third);

        assertThat(page(get(PORTEUR_BASE + "/" + id), porteurSession))
                .contains(
                        "option ouverte",
                        "L'aide ne peut pas être calculée",
                        "est fermée aux contrats signés à partir du 01/05/2023 (« Assistant médical 2024 »)");
    }

    @Test
    void aChangeFromAVersionSomeoneElseSavedIsRefusedWithAFrenchConflictMessage() throws Exception {
        long id = createdDraft(AssistantRequestFixtures.eligibleForm("Dr Version Zéro"));
        MockHttpSession secondTab = SignIn.as(mvc, porteur.username(), porteur.password());
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/modifier")
                        .params(form(AssistantRequestFixtures.eligibleForm("Dr Premier Onglet")))
                        .param("version", "0")
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(redirectedUrl(PORTEUR_BASE + "/" + id));

        String refused = unescaped(mvc.perform(post(PORTEUR_BASE + "/" + id + "/modifier")
                        .params(form(AssistantRequestFixtures.eligibleForm("Dr Second Onglet")))
                        .param("version", "0")
                        .with(csrf())
                        .session(secondTab))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused).contains("Cette demande d'aide a été modifiée par une autre personne", "Dr Second Onglet");
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/deposer")
                        .param("version", "0")
                        .with(csrf())
                        .session(secondTab))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.startsWith(
                                        "Cette demande d'aide a été modifiée par une autre personne")));

        AssistantSubsidyRequest stored = stored(id);
        assertThat(stored.application().doctor().fullName()).isEqualTo("Dr Premier Onglet");
        assertThat(stored.state()).isEqualTo(SubsidyRequestState.DRAFT);
        assertThat(journalOf(id)).extracting(AuditEntry::action).containsExactly("Création", "Modification");
        assertThat(journalOf(id).get(1).changes())
                .containsExactly(new FieldChange("doctorName", "Dr Version Zéro", "Dr Premier Onglet"));
    }

    @Test
    void aFiledRequestCanNoLongerBeEditedAndTheCpamDecisionNeedsTheVersionItRead() throws Exception {
        AssistantSubsidyRequest filed = AssistantRequestFixtures.filed(requests, porteur.cpts(), "Dr Déposé");
        long id = filed.id().orElseThrow().value();

        mvc.perform(get(PORTEUR_BASE + "/" + id + "/modifier").session(porteurSession))
                .andExpect(redirectedUrl(PORTEUR_BASE + "/" + id))
                .andExpect(flash().attribute(
                                "error",
                                "Cette demande est à l'état « Déposée, en attente de la CPAM » : "
                                        + "elle ne peut plus être modifiée."));
        mvc.perform(post(PORTEUR_BASE + "/" + id + "/modifier")
                        .params(form(AssistantRequestFixtures.eligibleForm("Dr Modifié")))
                        .param("version", String.valueOf(filed.version()))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(redirectedUrl(PORTEUR_BASE + "/" + id));
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "ACCEPT")
                        .param("version", String.valueOf(filed.version() - 1))
                        .param("confirmation", "oui")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.startsWith(
                                        "Cette demande d'aide a été modifiée par une autre personne")));
        mvc.perform(post("/cpam/assistants-medicaux/" + id + "/decision")
                        .param("move", "TOUT_ACCEPTER")
                        .param("version", String.valueOf(filed.version()))
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", "Décision : choisissez d'accepter ou de refuser la demande."));

        AssistantSubsidyRequest stored = stored(id);
        assertThat(stored.state()).isEqualTo(SubsidyRequestState.FILED);
        assertThat(stored.application().doctor().fullName()).isEqualTo("Dr Déposé");
        assertThat(journalOf(id)).isEmpty();
    }

    @Test
    void theCpamListShowsTheWaitingRequestsOldestFiledFirstThenTheDecidedOnes() throws Exception {
        AssistantSubsidyRequest recent = AssistantRequestFixtures.filed(requests, porteur.cpts(), "Dr Récent");
        AssistantSubsidyRequest decided = AssistantRequestFixtures.filed(requests, porteur.cpts(), "Dr Décidé");
        decided.refuse(
                new fr.cpts.domain.account.Actor("cpam", "Nadia Benali", fr.cpts.domain.account.Role.CPAM_OFFICER),
                java.time.Instant.now(),
                "Pièces manquantes");
        requests.save(decided);
        AssistantSubsidyRequest oldest = AssistantSubsidyRequest.draft(
                porteur.cpts().id(),
                AssistantRequestFixtures.eligible("Dr Ancien"),
                new fr.cpts.domain.account.Actor("p", "P", fr.cpts.domain.account.Role.PORTEUR),
                java.time.Instant.parse("2024-07-01T08:00:00Z"));
        oldest.file(
                new fr.cpts.domain.account.Actor("p", "P", fr.cpts.domain.account.Role.PORTEUR),
                java.time.Instant.parse("2024-07-02T08:00:00Z"),
                new fr.cpts.domain.assistant.EligibilityVerdict("Assistant médical 2024", List.of()));
        requests.save(oldest);

        String list = page(get("/cpam/assistants-medicaux"), SignIn.as(mvc, "cpam", "cpam-demo"));

        assertThat(list.indexOf("Dr Ancien")).isPositive().isLessThan(list.indexOf("Dr Récent"));
        assertThat(list.indexOf("Dr Récent")).isLessThan(list.indexOf("Dr Décidé"));
        assertThat(recent.state()).isEqualTo(SubsidyRequestState.FILED);
    }

    // ---- helpers ----

    /** Posts the form as a new draft and returns the id the page redirects to. */
    /** The page the form's « Vérifier l'éligibilité » button shows (nothing is stored). */
    private String checkedFromTheForm(Map<String, String> fields) throws Exception {
        return unescaped(mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                        .params(form(fields))
                        .param("action", "verifier")
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(status().isOk())
                .andReturn());
    }

    private long createdDraft(Map<String, String> fields) throws Exception {
        String location = mvc.perform(post(PORTEUR_BASE + "/nouvelle")
                        .params(form(fields))
                        .with(csrf())
                        .session(porteurSession))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(PORTEUR_BASE + "/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return unescaped(
                mvc.perform(request.session(session)).andExpect(status().isOk()).andReturn());
    }

    private static String unescaped(MvcResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    /** The input tag of that id on the page. */
    private static String inputOf(String page, String id) {
        java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*\\bid=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(input.find()).as("an input of id " + id).isTrue();
        return input.group();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> fields) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        fields.forEach(params::add);
        return params;
    }

    private AssistantSubsidyRequest stored(long id) {
        return requests.byId(new AssistantSubsidyRequestId(id)).orElseThrow();
    }

    /** The journal entries of that request, oldest first. */
    private List<AuditEntry> journalOf(long id) {
        List<AuditEntry> entries =
                new java.util.ArrayList<>(trail.ofCpts(stored(id).cpts()).stream()
                        .filter(entry -> entry.entityType().equals(ENTITY)
                                && entry.entityId().equals(String.valueOf(id)))
                        .toList());
        java.util.Collections.reverse(entries);
        return entries;
    }
}
