package fr.cpts.web.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * The ACI contract through its pages: drafted from the validated health project, negotiated, signed by the CPTS,
 * the ARS and the CPAM, its PDF archived with its fingerprint, amended, its missions' dates flagged, and what-if.
 */
@CptsWebTest
class ContractPagesTest {

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
    Contracts contracts;

    @Autowired
    AuditTrail trail;

    @Test
    void aCptsWhoseHealthProjectIsNotValidatedCannotDraftItsContract() throws Exception {
        TestPorteurs.TestPorteur team =
                TestPorteurs.create("CPTS Sans Projet", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());

        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("il ne l'est pas encore"))
                .andExpect(doesNotShow("Préparer le projet de contrat"));
        mvc.perform(post("/porteur/contrat")
                        .param("signatureDate", "2024-07-01")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("une fois le projet de santé de la CPTS validé")));
        assertThat(contracts.of(team.cpts().id())).isEmpty();
    }

    @Test
    void theThreePartiesNegotiateAndSignTheContractWhosePdfIsArchivedWithItsFingerprint() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Signé");
        CptsRecord cpts = team.cpts();
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        String arsPage = "/ars/cpts/" + cpts.id().value() + "/contrat";
        String cpamPage = "/cpam/cpts/" + cpts.id().value() + "/contrat";

        mvc.perform(get("/porteur/contrat").session(porteur)).andExpect(shows("Préparer le projet de contrat"));
        mvc.perform(post("/porteur/contrat")
                        .param("signatureDate", "2024-07-01")
                        .with(csrf())
                        .session(porteur))
                .andExpect(redirectedUrl("/porteur/contrat"));
        AciContract drafted = contracts.of(cpts.id()).orElseThrow().contract();
        assertThat(drafted.pendingDraft().orElseThrow().terms().missions()).hasSize(4);
        assertThat(drafted.pendingDraft().orElseThrow().terms().bracketCode()).isEqualTo("T1");

        // the ARS completes the terms; the page shows them with the funding engine's verdict
        mvc.perform(ContractForms.terms(post(arsPage + "/modifier"), 1)
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl(arsPage));
        mvc.perform(get(cpamPage).session(cpam))
                .andExpect(status().isOk())
                .andExpect(shows(ContractForms.ALD))
                .andExpect(shows("Le moteur de financement accepte ces montants"));

        // a signature is confirmed first: without the answer, the page says what it commits to and nothing is signed
        mvc.perform(post("/porteur/contrat/signature")
                        .param("version", "2")
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("Signer le contrat ACI pour le représentant de la CPTS ?"))
                .andExpect(shows("Votre signature est définitive : elle ne pourra pas être retirée."))
                .andExpect(shows("C'est la première signature : le texte est figé et ne pourra plus être modifié."))
                .andExpect(shows("Il restera les signatures de l'ARS et de la CPAM."))
                .andExpect(shows("name=\"version\" value=\"2\""))
                .andExpect(shows("name=\"confirmation\" value=\"oui\""));
        assertThat(contracts
                        .of(cpts.id())
                        .orElseThrow()
                        .contract()
                        .pendingDraft()
                        .orElseThrow()
                        .signatures())
                .isEmpty();

        // each party signs; the first signature freezes the text
        mvc.perform(post("/porteur/contrat/signature")
                        .param("confirmation", "oui")
                        .param("version", "2")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", "Votre signature est enregistrée."));
        mvc.perform(ContractForms.terms(post("/porteur/contrat/modifier"), 3)
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("l'a déjà signé")));
        mvc.perform(post(cpamPage + "/signature")
                        .param("confirmation", "oui")
                        .param("version", "3")
                        .with(csrf())
                        .session(cpam))
                .andExpect(redirectedUrl(cpamPage));
        assertThat(contracts.of(cpts.id()).orElseThrow().contract().status())
                .isEqualTo(ContractStatus.AWAITING_SIGNATURES);
        assertThat(contracts.document(cpts.id(), 1)).isEmpty();
        mvc.perform(post(arsPage + "/signature")
                        .param("confirmation", "oui")
                        .param("version", "4")
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl(arsPage));

        AciContract signed = contracts.of(cpts.id()).orElseThrow().contract();
        assertThat(signed.status()).isEqualTo(ContractStatus.ACTIVE);
        ArchivedDocument archived = contracts.document(cpts.id(), 1).orElseThrow();
        byte[] downloaded = mvc.perform(get("/porteur/contrat/versions/1/pdf").session(porteur))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", archived.sha256()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(ArchivedDocument.sha256Of(downloaded)).isEqualTo(archived.sha256());
        // the contract page shows the fingerprint of the PDF issued, to check a copy received elsewhere
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(content().string(containsString("empreinte SHA-256 " + archived.sha256())))
                .andExpect(content().string(containsString("id=\"pdf-en-vigueur\"")));
        String text = pdfText(downloaded);
        assertThat(text)
                .contains(
                        cpts.name(),
                        "Accès aux soins",
                        ContractForms.ALD,
                        ContractForms.SCREENING,
                        "Porteur CPTS Contrat Signé",
                        "Nadia Benali",
                        "Julien Lefèvre",
                        "40 000,00 €");

        // the page shows the schedule and the three signatures
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("Échéancier des versements"))
                .andExpect(shows("Fonctionnement"))
                .andExpect(shows("Après la revue annuelle"));
        assertThat(trail.ofCpts(cpts.id()))
                .filteredOn(e -> e.entityType().equals("CONTRAT_ACI"))
                .extracting(e -> e.action())
                .contains("Création", "Modification", "Signature");
    }

    @Test
    void aContractFormWithAnUnreadableAmountIsRefusedNamingTheMissionAndNothingIsSaved() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Illisible");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));

        mvc.perform(ContractForms.terms(
                                post("/porteur/contrat/modifier"),
                                1,
                                "missions[2].fixedAmount",
                                "dix mille",
                                "missions[0].indicators[0].tiers",
                                "socle 250 2000")
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("Le projet n'est pas enregistré"))
                .andExpect(shows("Mission « Accès aux soins (médecin traitant et soins non programmés) », "
                        + "indicateur 1, palier 1"))
                .andExpect(shows("Mission « Prévention » : la part fixe n'est pas un nombre (« dix mille »)"));
        assertThat(contracts.of(team.cpts().id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void theCrisisMissionsFixedPartIsSetForItsFirstYearApartAndAMalformedYearIsRefused() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Part Annuelle");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));

        mvc.perform(ContractForms.terms(
                                post("/porteur/contrat/modifier"),
                                1,
                                "missions[3].fixedAmountsByYear",
                                "premier : 9 000")
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("Mission « Réponse aux crises sanitaires graves » : « premier : 9 000 » n'est pas de "
                        + "la forme « année : montant »"));
        mvc.perform(ContractForms.terms(
                                post("/porteur/contrat/modifier"), 1, "missions[3].fixedAmountsByYear", "1 : 9 000")
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().is3xxRedirection());

        assertThat(contracts
                        .of(team.cpts().id())
                        .orElseThrow()
                        .contract()
                        .pendingDraft()
                        .orElseThrow()
                        .terms()
                        .mission(fr.cpts.domain.mission.Mission.CRISES_SANITAIRES)
                        .orElseThrow()
                        .fixedAmountFor(1))
                .isEqualTo(fr.cpts.domain.money.Money.euros(9_000));
        mvc.perform(get("/porteur/contrat").session(porteur)).andExpect(shows("année 1 : 9 000,00 €"));
    }

    @Test
    void aSignedContractIsAmendedIntoANewVersionAndTheFirstStaysReadable() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Avenant");
        String arsPage = "/ars/cpts/" + team.cpts().id().value() + "/contrat";
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        signContract(team, porteur, ars);

        mvc.perform(post(arsPage + "/avenant")
                        .param("reason", "")
                        .param("version", "5")
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("sans en donner le motif")));
        mvc.perform(post(arsPage + "/avenant")
                        .param("reason", "Ajout de la mission qualité")
                        .param("version", "5")
                        .with(csrf())
                        .session(ars))
                .andExpect(redirectedUrl(arsPage));

        AciContract amended = contracts.of(team.cpts().id()).orElseThrow().contract();
        assertThat(amended.pendingDraft().orElseThrow().version()).isEqualTo(2);
        assertThat(amended.status()).isEqualTo(ContractStatus.ACTIVE);
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows("Projet d'avenant n° 1"))
                .andExpect(shows("Ajout de la mission qualité"))
                .andExpect(shows("Contrat initial — En vigueur"))
                .andExpect(shows("ne change encore rien au contrat en vigueur"));
        long draftVersion = contracts.of(team.cpts().id()).orElseThrow().version();
        mvc.perform(post(arsPage + "/signature")
                        .param("confirmation", "oui")
                        .param("version", String.valueOf(draftVersion))
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("il ne change rien au contrat en vigueur")));
        assertThat(contracts
                        .of(team.cpts().id())
                        .orElseThrow()
                        .contract()
                        .pendingDraft()
                        .orElseThrow()
                        .signatures())
                .isEmpty();
        mvc.perform(get(arsPage + "/versions/1/pdf").session(ars)).andExpect(status().isOk());
    }

    @Test
    void aContractYearEndsTheDayBeforeItsAnniversaryAsOnTheReviewsAndAnAmendmentDraftSaysWhatItAmends()
            throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Années");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        signContract(team, porteur, SignIn.as(mvc, "ars", "ars-demo"));

        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows("Année 1 du contrat — du 01/07/2024 au 30/06/2025"));
        mvc.perform(post("/porteur/contrat/avenant")
                .param("reason", "Nouvelle mission")
                .param("version", "5")
                .with(csrf())
                .session(porteur));
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows("Avenant n° 1 au contrat signé le 01/07/2024"));
    }

    @Test
    void theContractsToSignListThoseAwaitingTheOfficersOwnSignatureOnly() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat À signer");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        String id = String.valueOf(team.cpts().id().value());
        draftAndSignAsPorteur(porteur);

        mvc.perform(get("/ars/contrats").param("filtre", "a-signer").session(ars))
                .andExpect(shows(team.cpts().name()))
                .andExpect(shows("?filtre=a-signer"));
        mvc.perform(get("/cpam/contrats").param("filtre", "a-signer").session(cpam))
                .andExpect(shows(team.cpts().name()));
        mvc.perform(post("/ars/cpts/" + id + "/contrat/signature")
                .param("confirmation", "oui")
                .param("version", "3")
                .with(csrf())
                .session(ars));

        mvc.perform(get("/ars/contrats").param("filtre", "a-signer").session(ars))
                .andExpect(doesNotShow(team.cpts().name()));
        mvc.perform(get("/ars/contrats").session(ars))
                .andExpect(shows(team.cpts().name()));
        mvc.perform(get("/cpam/contrats").param("filtre", "a-signer").session(cpam))
                .andExpect(shows(team.cpts().name()));
    }

    @Test
    void aMissionNotStartedByItsDateIsFlaggedUntilTheCptsReportsItStarted() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Échéances");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        signContract(team, porteur, ars);

        mvc.perform(get("/porteur/contrat").session(porteur)).andExpect(shows("Prévention : démarrage en retard de"));
        mvc.perform(get("/cpam/contrats").session(cpam))
                .andExpect(shows(team.cpts().name()))
                .andExpect(shows("Prévention : démarrage en retard de"));

        mvc.perform(post("/porteur/contrat/avancement")
                        .param("mission", "PREVENTION")
                        .param("startedOn", "2024-07-01")
                        .param("fullyDeployedOn", "2099-01-01")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("est dans le futur")));
        mvc.perform(post("/porteur/contrat/avancement")
                        .param("mission", "PREVENTION")
                        .param("startedOn", "2024-07-01")
                        .param("fullyDeployedOn", "2025-06-15")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", "L'avancement de la mission est enregistré."));
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(doesNotShow("Prévention : démarrage en retard"))
                .andExpect(shows("réalisé le 01/07/2024"));
    }

    @Test
    void theAdvanceOfAMissionFallsDueOnTheStartTheCptsReportsAndTheCaisseChecksIt() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Démarrage Réel");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        signContract(team, porteur, ars);
        String cpamPage = "/cpam/cpts/" + team.cpts().id().value() + "/contrat";
        String advance = "Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1, due au démarrage ";

        mvc.perform(get("/porteur/contrat").session(porteur)).andExpect(shows(advance + "prévisionnel le 01/01/2025"));
        mvc.perform(post(cpamPage + "/demarrage-verifie")
                        .param("mission", "PARCOURS")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", containsString("n'a pas de démarrage déclaré par la CPTS")));

        mvc.perform(post("/porteur/contrat/avancement")
                        .param("mission", "PARCOURS")
                        .param("startedOn", "2025-03-01")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", "L'avancement de la mission est enregistré."));
        // 122 days from 01/03/2025 to 01/07/2025: 20 000 × 122 / 365 = 6 684,93; 75 % = 5 013,70
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows(advance + "le 01/03/2025 (déclaré par la CPTS, à vérifier par la caisse)"))
                .andExpect(shows("5 013,70 €"))
                .andExpect(doesNotShow("Vérifier le démarrage déclaré"));
        mvc.perform(get(cpamPage).session(cpam)).andExpect(shows("Vérifier le démarrage déclaré"));
        mvc.perform(get("/ars/cpts/" + team.cpts().id().value() + "/contrat").session(ars))
                .andExpect(doesNotShow("Vérifier le démarrage déclaré"));

        mvc.perform(post(cpamPage + "/demarrage-verifie")
                        .param("mission", "PARCOURS")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("success", "Le démarrage déclaré de la mission est vérifié."));
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows(advance + "le 01/03/2025 (déclaré par la CPTS et vérifié par la caisse)"))
                .andExpect(shows("Démarrage vérifié par la caisse le "));
        mvc.perform(post(cpamPage + "/demarrage-verifie")
                        .param("mission", "PARCOURS")
                        .with(csrf())
                        .session(cpam))
                .andExpect(flash().attribute("error", containsString("a déjà été vérifié")));
        assertThat(trail.ofCpts(team.cpts().id()))
                .filteredOn(entry -> entry.action().equals("Démarrage de mission vérifié"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.changes())
                        .extracting(change -> change.field())
                        .containsExactly("startCheckedOn"));

        mvc.perform(post("/porteur/contrat/avancement")
                        .param("mission", "PARCOURS")
                        .param("startedOn", "2025-03-02")
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("success", "L'avancement de la mission est enregistré."));
        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows(advance + "le 02/03/2025 (déclaré par la CPTS, à vérifier par la caisse)"));
    }

    @Test
    void aPartyTerminatesTheContractAndTheScheduleStopsAndRecoversTheAdvancesPaidForTheDaysAfter() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Résilié");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        signContract(team, porteur, ars);
        String arsPage = "/ars/cpts/" + team.cpts().id().value() + "/contrat";
        long version = contracts.of(team.cpts().id()).orElseThrow().version();

        mvc.perform(post(arsPage + "/fin")
                        .param("cause", "TERMINATION")
                        .param("endsOn", "2031-01-01")
                        .param("reason", "Dissolution")
                        .param("version", String.valueOf(version))
                        .param("confirmation", "oui")
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("error", containsString("il ne peut pas prendre fin le 01/01/2031")));
        mvc.perform(get(arsPage).session(ars))
                .andExpect(shows("data-confirmation=\"confirmer-fin\""))
                .andExpect(shows("Mettre fin au contrat ACI de " + team.cpts().name() + " ?"));
        // without the confirming answer, the end is only offered for confirmation, with the cause and day posted
        mvc.perform(post(arsPage + "/fin")
                        .param("cause", "TERMINATION")
                        .param("endsOn", "2026-01-01")
                        .param("reason", "Dissolution de l'association")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .session(ars))
                .andExpect(status().isOk())
                .andExpect(shows("La fin du contrat est définitive"))
                .andExpect(shows("Résiliation"))
                .andExpect(shows("01/01/2026"))
                .andExpect(shows("name=\"confirmation\" value=\"oui\""));
        assertThat(contracts.of(team.cpts().id()).orElseThrow().contract().end())
                .isEmpty();
        mvc.perform(post(arsPage + "/fin")
                        .param("cause", "TERMINATION")
                        .param("endsOn", "2026-01-01")
                        .param("reason", "Dissolution de l'association")
                        .param("version", String.valueOf(version))
                        .param("confirmation", "oui")
                        .with(csrf())
                        .session(ars))
                .andExpect(flash().attribute("success", containsString("La fin du contrat est enregistrée")));

        mvc.perform(get("/porteur/contrat").session(porteur))
                .andExpect(shows("Résiliation au 01/01/2026, enregistrée par"))
                .andExpect(shows("Résiliation au 01/01/2026 (contrat signé le 01/07/2024) – année 2 : reprise au "
                        + "prorata des avances versées pour la période non couverte"))
                .andExpect(shows("à récupérer"))
                .andExpect(doesNotShow("Année 3 du contrat"))
                .andExpect(doesNotShow("Préparer l'avenant"))
                .andExpect(doesNotShow("Enregistrer la fin du contrat"));
        assertThat(contracts.of(team.cpts().id()).orElseThrow().contract().status())
                .isEqualTo(ContractStatus.ENDED);
        mvc.perform(post("/porteur/contrat/avenant")
                        .param("reason", "Nouvelle mission")
                        .param("version", String.valueOf(version + 1))
                        .with(csrf())
                        .session(porteur))
                .andExpect(flash().attribute("error", containsString("résiliation au 01/01/2026")));
        assertThat(trail.ofCpts(team.cpts().id()))
                .extracting(entry -> entry.action())
                .contains("Fin du contrat");
    }

    @Test
    void aWhatIfShowsThePaymentOtherValuesWouldGiveWithoutSavingAnything() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Et Si");
        MockHttpSession porteur = SignIn.as(mvc, team.username(), team.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        signContract(team, porteur, ars);
        int journal = trail.ofCpts(team.cpts().id()).size();

        mvc.perform(post("/cpam/cpts/" + team.cpts().id().value() + "/contrat/simulation")
                        .param("year", "1")
                        .param("indicator", ContractForms.ALD, ContractForms.PATHWAYS, ContractForms.SCREENING)
                        .param("value", "90", "3", "12,5")
                        .with(csrf())
                        .session(cpam))
                .andExpect(status().isOk())
                .andExpect(shows("Simulation de l'année 1"))
                .andExpect(shows("palier « objectif »"));
        mvc.perform(post("/porteur/contrat/simulation")
                        .param("year", "1")
                        .param("indicator", ContractForms.ALD)
                        .param("value", "beaucoup")
                        .with(csrf())
                        .session(porteur))
                .andExpect(status().isOk())
                .andExpect(shows("« beaucoup » n'est pas un nombre"));
        assertThat(trail.ofCpts(team.cpts().id())).hasSize(journal);
    }

    @Test
    void anOfficerOutOfTheCptssScopeFindsNoContract() throws Exception {
        TestPorteurs.TestPorteur team = team("CPTS Contrat Hors Périmètre");
        CptsRecord guadeloupe = records.byName("CPTS Grande-Terre Sud").orElseThrow();
        CptsRecord paysBasque = records.byName("CPTS Pays Basque").orElseThrow();
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");

        mvc.perform(get("/ars/cpts/" + guadeloupe.id().value() + "/contrat").session(ars))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cpam/cpts/" + paysBasque.id().value() + "/contrat").session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cpam/cpts/" + paysBasque.id().value() + "/contrat/signature")
                        .param("confirmation", "oui")
                        .param("version", "1")
                        .with(csrf())
                        .session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cpam/cpts/" + team.cpts().id().value() + "/contrat").session(cpam))
                .andExpect(status().isOk());
    }

    private TestPorteurs.TestPorteur team(String name) {
        return ContractTestTeams.withValidatedHealthProject(name, records, territories, accounts, encoder, dossiers);
    }

    /** Drafted by the porteur, completed, signed by the three parties: contract version 5 in storage. */
    /** The porteur drafts the contract signed on 01/07/2024 with the usual terms and signs it: version 3 awaits the ARS. */
    private void draftAndSignAsPorteur(MockHttpSession porteur) throws Exception {
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(porteur));
        mvc.perform(ContractForms.terms(post("/porteur/contrat/modifier"), 1)
                .with(csrf())
                .session(porteur));
        mvc.perform(post("/porteur/contrat/signature")
                .param("confirmation", "oui")
                .param("version", "2")
                .with(csrf())
                .session(porteur));
    }

    private void signContract(TestPorteurs.TestPorteur team, MockHttpSession porteur, MockHttpSession ars)
            throws Exception {
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        String id = String.valueOf(team.cpts().id().value());
        draftAndSignAsPorteur(porteur);
        mvc.perform(post("/ars/cpts/" + id + "/contrat/signature")
                .param("confirmation", "oui")
                .param("version", "3")
                .with(csrf())
                .session(ars));
        mvc.perform(post("/cpam/cpts/" + id + "/contrat/signature")
                .param("confirmation", "oui")
                .param("version", "4")
                .with(csrf())
                .session(cpam));
        assertThat(contracts.of(team.cpts().id()).orElseThrow().contract().status())
                .isEqualTo(ContractStatus.ACTIVE);
    }

    /** The page, read as a person reads it (HTML entities decoded), contains the text. */
    static ResultMatcher shows(String text) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .contains(text);
    }

    static ResultMatcher doesNotShow(String text) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .doesNotContain(text);
    }

    /** The text of a PDF as one line, spaces of every kind made ordinary (a table cell may wrap anywhere). */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
        }
    }
}
