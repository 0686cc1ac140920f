package fr.cpts.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Territories;
import fr.cpts.funding.contract.ContractFunding;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.SignIn;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.dossier.TestPorteurs.TestPorteur;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The yearly review from the porteur's opening to the CPAM's closing, through the pages: declaration as a draft,
 * evidence, filing, acceptance and adjustment with a reason, corrections, filing again, closing with the payment
 * statement archived as a PDF; every move journaled.
 */
@CptsWebTest
class ReviewJourneyTest {

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
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    AuditTrail trail;

    @Autowired
    ContractFunding funding;

    @Autowired
    RecordedStatements recorded;

    TestPorteur team;
    SignedContract contract;
    MockHttpSession porteur;
    MockHttpSession cpam;
    MockHttpSession ars;

    @BeforeEach
    void aCptsOfGirondeWithAContractSigned400DaysAgo() throws Exception {
        team = TestPorteurs.create("CPTS Revue annuelle", records, territories, accounts, encoder);
        contract = ReviewFixtures.storeSignedContract(contracts, team.cpts().id());
        porteur = SignIn.as(mvc, team.username(), team.password());
        cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        ars = SignIn.as(mvc, "ars", "ars-demo");
    }

    @Test
    void listsTheFiveContractYearsAndOpensAYearOnlyOnceItHasStarted() throws Exception {
        String list = page(get("/porteur/contrat/revues").session(porteur));
        assertThat(list)
                .contains("Année 1", "Année 5", "id=\"ouvrir-1\"", "id=\"ouvrir-2\"")
                .doesNotContain("id=\"ouvrir-3\"");

        MvcResult early = mvc.perform(post("/porteur/contrat/revues/3/ouverture")
                        .session(porteur)
                        .with(csrf()))
                .andExpect(redirectedUrl("/porteur/contrat/revues"))
                .andReturn();
        assertThat((String) early.getFlashMap().get("error"))
                .contains(
                        "Impossible d'ouvrir la revue annuelle de " + "l'année 3",
                        "commence le "
                                + new FrenchFormats()
                                        .day(contract.signatureDate().plusYears(2)));
        assertThat(reviews.of(team.cpts().id(), 3)).isEmpty();

        mvc.perform(post("/porteur/contrat/revues/1/ouverture").session(porteur).with(csrf()))
                .andExpect(redirectedUrl("/porteur/contrat/revues/1"));
        assertThat(reviews.of(team.cpts().id(), 1)).hasValueSatisfying(stored -> {
            assertThat(stored.review().state()).isEqualTo(ReviewState.DRAFT);
            assertThat(stored.review().indicators())
                    .containsExactly(ReviewFixtures.ALD, ReviewFixtures.PARCOURS, ReviewFixtures.SCREENING);
        });
        MvcResult twice = mvc.perform(post("/porteur/contrat/revues/1/ouverture")
                        .session(porteur)
                        .with(csrf()))
                .andReturn();
        assertThat((String) twice.getFlashMap().get("error"))
                .isEqualTo("La revue annuelle de l'année 1 est déjà " + "ouverte.");
        assertThat(page(get("/porteur/contrat/revues").session(porteur)))
                .contains("Brouillon", "id=\"ouvrir-2\"")
                .doesNotContain("id=\"ouvrir-1\"");
    }

    @Test
    void declaresFilesIsAdjustedSentBackFilesAgainAndIsClosedEveryMoveJournaled() throws Exception {
        CptsId cpts = team.cpts().id();
        String base = "/porteur/contrat/revues/1";
        String cpamBase = "/cpam/cpts/" + cpts.value() + "/revues/1";
        mvc.perform(post(base + "/ouverture").session(porteur).with(csrf())).andExpect(status().is3xxRedirection());

        // the porteur declares as a draft, a French decimal among the values
        mvc.perform(post(base + "/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version(1))
                        .param("value-0", "80")
                        .param("comment-0", "Extraction du SNDS au 31/12")
                        .param("value-1", "2")
                        .param("value-2", "36,2"))
                .andExpect(redirectedUrl(base + "#declaration"))
                .andExpect(flash().attribute("success", "Brouillon enregistré (3 indicateurs modifiés)."));
        YearlyReview draft = review(1);
        assertThat(draft.declaration(ReviewFixtures.SCREENING).orElseThrow().value())
                .isEqualByComparingTo("36.2");
        assertThat(draft.declaration(ReviewFixtures.ALD).orElseThrow().comment())
                .isEqualTo("Extraction du SNDS au 31/12");

        // evidence for one indicator, downloaded again by the porteur and the CPAM
        mvc.perform(multipart(base + "/justificatifs")
                        .file(new MockMultipartFile("file", "ald.pdf", "application/pdf", ReviewFixtures.PDF))
                        .param("indicator", ReviewFixtures.ALD)
                        .session(porteur)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "success", "Justificatif ajouté à l'indicateur « " + ReviewFixtures.ALD + " »."));
        long evidence = reviews.withFiles(cpts, 1)
                .orElseThrow()
                .files()
                .evidence()
                .get(0)
                .id();

        // filed: the CPAM finds it in its queue
        mvc.perform(post(base + "/depot").session(porteur).with(csrf()).param("version", version(1)))
                .andExpect(flash().attributeExists("success"));
        assertThat(review(1).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(page(get("/cpam/revues").session(cpam))).contains(team.cpts().name());
        MockHttpServletResponse evidenceFile = mvc.perform(
                        get(cpamBase + "/justificatifs/" + evidence).session(cpam))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(evidenceFile.getContentAsByteArray()).isEqualTo(ReviewFixtures.PDF);
        assertThat(evidenceFile.getContentType()).isEqualTo("application/pdf");
        assertThat(evidenceFile.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(evidenceFile.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(evidenceFile.getHeader("X-Content-SHA256")).isNull();

        // the CPAM accepts one indicator, adjusts another: never without a reason
        mvc.perform(post(cpamBase + "/decisions")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("indicator-0", ReviewFixtures.ALD)
                        .param("decision-0", "ACCEPT"))
                .andExpect(flash().attributeExists("success"));
        String before = version(1);
        mvc.perform(post(cpamBase + "/decisions")
                        .session(cpam)
                        .with(csrf())
                        .param("version", before)
                        .param("indicator-0", ReviewFixtures.SCREENING)
                        .param("decision-0", "ADJUST")
                        .param("value-0", "34,1")
                        .param("reason-0", "  "))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"erreur-decisions\""),
                                containsString("Impossible d&#39;ajuster un indicateur de cette revue annuelle "
                                        + "sans en donner le motif."),
                                // what was typed is shown again, the adjustment still chosen
                                containsString("value=\"34,1\""),
                                containsString("value=\"ADJUST\" checked"))));
        assertThat(version(1)).isEqualTo(before);
        assertThat(review(1).assessment(ReviewFixtures.SCREENING)).isEmpty();
        mvc.perform(post(cpamBase + "/decisions")
                        .session(cpam)
                        .with(csrf())
                        .param("version", before)
                        .param("indicator-0", ReviewFixtures.SCREENING)
                        .param("decision-0", "ADJUST")
                        .param("value-0", "34,1")
                        .param("reason-0", "Données SNDS : 34,1 % au 31/12"))
                .andExpect(flash().attribute("success", "1 décision enregistrée."));

        // closing now is refused: one indicator is neither accepted nor adjusted
        mvc.perform(post(cpamBase + "/cloture").session(cpam).with(csrf()).param("version", version(1)))
                .andExpect(flash().attribute(
                                "error",
                                "Impossible de clôturer cette revue annuelle (année 1) : "
                                        + "1 indicateur n'est ni accepté ni ajusté : " + ReviewFixtures.PARCOURS
                                        + "."));

        // corrections asked: the porteur sees why, and the CPAM's adjustment with its reason
        mvc.perform(post(cpamBase + "/corrections")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("reason", "Joignez le compte rendu des parcours formalisés."))
                .andExpect(flash().attributeExists("success"));
        assertThat(review(1).state()).isEqualTo(ReviewState.CORRECTIONS_REQUESTED);
        String seen = page(get(base).session(porteur));
        assertThat(seen)
                .contains(
                        "Corrections demandées par la CPAM",
                        "Joignez le compte rendu des parcours formalisés.",
                        "Ajusté par la CPAM — valeur retenue : 34,1",
                        "Motif de l&#39;ajustement : Données SNDS : 34,1 % au 31/12");

        // the porteur changes one value only: the CPAM's other assessments stay
        mvc.perform(post(base + "/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version(1))
                        .param("value-0", "80")
                        .param("comment-0", "Extraction du SNDS au 31/12")
                        .param("value-1", "3")
                        .param("value-2", "36,2"))
                .andExpect(flash().attribute("success", "Brouillon enregistré (1 indicateur modifié)."));
        YearlyReview corrected = review(1);
        assertThat(corrected.assessment(ReviewFixtures.ALD)).isPresent();
        assertThat(corrected.assessment(ReviewFixtures.SCREENING).orElseThrow().decision())
                .isEqualTo(AssessmentDecision.ADJUSTED);
        mvc.perform(post(base + "/depot").session(porteur).with(csrf()).param("version", version(1)))
                .andExpect(flash().attribute("success", "La déclaration de l'année 1 est déposée auprès de la CPAM."));
        assertThat(review(1).state()).isEqualTo(ReviewState.SUBMITTED);

        // accepted, then closed: the statement is archived in the same move
        mvc.perform(post(cpamBase + "/decisions")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("indicator-0", ReviewFixtures.PARCOURS)
                        .param("decision-0", "ACCEPT"))
                .andExpect(flash().attributeExists("success"));
        mvc.perform(post(cpamBase + "/cloture")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("confirmation", "oui"))
                .andExpect(redirectedUrl(cpamBase))
                .andExpect(flash().attributeExists("success"));
        YearlyReview closed = review(1);
        assertThat(closed.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(closed.acceptedValues()).containsEntry(ReviewFixtures.SCREENING, new BigDecimal("34.1"));
        assertThat(reviews.statement(cpts, 1)).isPresent();

        // a closed review never changes
        long closedVersion = reviews.of(cpts, 1).orElseThrow().version();
        mvc.perform(post(base + "/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version(1))
                        .param("value-0", "10")
                        .param("value-1", "3")
                        .param("value-2", "40"))
                .andExpect(flash().attribute(
                                "error",
                                "Impossible de déclarer un indicateur de cette revue annuelle "
                                        + "(année 1) : elle est à l'état « Clôturée »."));
        mvc.perform(multipart(base + "/justificatifs")
                        .file(new MockMultipartFile("file", "tard.pdf", "application/pdf", ReviewFixtures.PDF))
                        .param("indicator", ReviewFixtures.ALD)
                        .session(porteur)
                        .with(csrf()))
                .andExpect(flash().attributeExists("error"));
        mvc.perform(post(cpamBase + "/corrections")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("reason", "Trop tard"))
                .andExpect(flash().attributeExists("error"));
        assertThat(reviews.of(cpts, 1).orElseThrow().version()).isEqualTo(closedVersion);
        assertThat(reviews.withFiles(cpts, 1).orElseThrow().files().evidence()).hasSize(1);

        // every move journaled, with who and why
        List<AuditEntry> journal = new java.util.ArrayList<>(trail.ofCpts(cpts).stream()
                .filter(entry -> entry.entityType().equals("REVUE_ANNUELLE"))
                .toList());
        java.util.Collections.reverse(journal);
        assertThat(journal)
                .extracting(AuditEntry::action)
                .containsExactly(
                        "Ouverture de la revue annuelle",
                        "Déclaration d'indicateur",
                        "Déclaration d'indicateur",
                        "Déclaration d'indicateur",
                        "Pièce jointe",
                        "Dépôt",
                        "Acceptation d'indicateur",
                        "Ajustement d'indicateur",
                        "Demande de corrections",
                        "Déclaration d'indicateur",
                        "Nouveau dépôt",
                        "Acceptation d'indicateur",
                        "Clôture de la revue annuelle");
        assertThat(journal).allSatisfy(entry -> {
            assertThat(entry.entityId()).isEqualTo("1");
            assertThat(entry.changes().get(0)).isEqualTo(new FieldChange("reviewYear", null, "1"));
        });
        assertThat(journal.get(0).actor()).isEqualTo(team.username());
        assertThat(journal.get(7).actor()).isEqualTo("cpam");
        assertThat(journal.get(7).reason()).contains("Données SNDS : 34,1 % au 31/12");
        assertThat(journal.get(7).changes()).contains(new FieldChange("retainedValue", null, "34,1"));
        assertThat(journal.get(8).reason()).contains("Joignez le compte rendu des parcours formalisés.");
        assertThat(journal.get(9).changes()).contains(new FieldChange("declaredValue", "2", "3"));
        ArchivedDocument archived = reviews.statement(cpts, 1).orElseThrow();
        assertThat(journal.get(12).changes())
                .contains(
                        new FieldChange("state", "Déclarée, en cours d'examen par la CPAM", "Clôturée"),
                        new FieldChange("sha256", null, archived.sha256()));
        // and the journal page shows it to the porteur
        assertThat(page(get("/porteur/journal").session(porteur)))
                .contains("Revue annuelle", "Clôture de la revue annuelle");
    }

    @Test
    void theStatementShowsFixedVariableAdvancesAndBalanceAndItsArchivedPdfDownloadsWithItsSha256() throws Exception {
        CptsId cpts = team.cpts().id();
        ReviewFixtures.storeSubmittedReview(reviews, contract, 1);
        String cpamBase = "/cpam/cpts/" + cpts.value() + "/revues/1";
        for (String name : List.of(ReviewFixtures.ALD, ReviewFixtures.PARCOURS, ReviewFixtures.SCREENING)) {
            mvc.perform(post(cpamBase + "/decisions")
                            .session(cpam)
                            .with(csrf())
                            .param("version", version(1))
                            .param("indicator-0", name)
                            .param("decision-0", "ACCEPT"))
                    .andExpect(flash().attributeExists("success"));
        }
        // before closing, no statement
        mvc.perform(get("/porteur/contrat/revues/1/releve").session(porteur))
                .andExpect(redirectedUrl("/porteur/contrat/revues/1"))
                .andExpect(
                        flash().attribute(
                                        "error",
                                        "Le relevé de paiement de l'année 1 est établi quand la CPAM "
                                                + "clôture la revue annuelle : elle est à l'état « Déclarée, en cours d'examen par la CPAM »."));
        // each officer is sent back to the review under their own prefix
        String arsBase = "/ars/cpts/" + cpts.value() + "/revues/1";
        for (String[] who : List.of(new String[] {cpamBase, "cpam"}, new String[] {arsBase, "ars"})) {
            MockHttpSession session = who[1].equals("cpam") ? cpam : ars;
            mvc.perform(get(who[0] + "/releve").session(session))
                    .andExpect(redirectedUrl(who[0]))
                    .andExpect(flash().attributeExists("error"));
            mvc.perform(get(who[0] + "/releve.pdf").session(session)).andExpect(redirectedUrl(who[0]));
        }
        PaymentStatement expected =
                funding.statement(contract, ReviewFixtures.POPULATION, 1, ReviewFixtures.declaredValues());
        // before closing, the CPAM reads the statement its decisions give, marked provisional, beside the button
        assertThat(page(get(cpamBase).session(cpam)))
                .contains(
                        "id=\"releve-previsionnel\"",
                        "Provisoire",
                        "Relevé prévisionnel de l&#39;année 1",
                        "id=\"projection-solde\">" + expected.balanceDue().amount() + "<",
                        "data-confirmation=\"confirmer-cloture\"");
        // posted without the confirming answer, closing is only offered for confirmation: nothing closes
        String confirmation =
                page(post(cpamBase + "/cloture").session(cpam).with(csrf()).param("version", version(1)));
        assertThat(confirmation)
                .contains(
                        "Clôturer la revue annuelle de l&#39;année 1 ?",
                        "Le solde de " + expected.balanceDue().amount() + " sera dû à la CPTS le",
                        "La clôture est définitive : la revue ne pourra plus être modifiée",
                        "name=\"confirmation\" value=\"oui\"",
                        "name=\"version\" value=\"" + version(1) + "\"");
        assertThat(review(1).state()).isNotEqualTo(ReviewState.CLOSED);
        mvc.perform(post(cpamBase + "/cloture")
                        .session(cpam)
                        .with(csrf())
                        .param("version", version(1))
                        .param("confirmation", "oui"))
                .andExpect(flash().attributeExists("success"));

        ArchivedDocument archived = reviews.statement(cpts, 1).orElseThrow();
        assertThat(reviews.statementFigures(cpts, 1).map(recorded::read)).hasValue(expected);
        for (String[] who : List.of(
                new String[] {"/porteur/contrat/revues/1", null},
                new String[] {cpamBase, "cpam"},
                new String[] {"/ars/cpts/" + cpts.value() + "/revues/1", "ars"})) {
            MockHttpSession session = who[1] == null ? porteur : who[1].equals("cpam") ? cpam : ars;
            String statement = page(get(who[0] + "/releve").session(session));
            assertThat(statement)
                    .contains(
                            "id=\"releve-part-fixe\">" + expected.fixedPartDue().amount() + "<",
                            "id=\"releve-part-variable\">"
                                    + expected.variablePartEarned().amount() + "<",
                            "id=\"releve-avances\">" + expected.advancesPaid().amount() + "<",
                            "id=\"releve-solde\">" + expected.balanceDue().amount() + "<",
                            "id=\"empreinte\">" + archived.sha256() + "<",
                            ReviewFixtures.SCREENING,
                            "36,2")
                    .doesNotContain("id=\"regles-modifiees\"", "id=\"recalcule\"");
            MockHttpServletResponse pdf = mvc.perform(
                            get(who[0] + "/releve.pdf").session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(pdf.getContentType()).isEqualTo("application/pdf");
            assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment");
            assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(pdf.getHeader("X-Content-SHA256")).isEqualTo(archived.sha256());
            byte[] bytes = pdf.getContentAsByteArray();
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(ArchivedDocument.sha256Of(bytes)).isEqualTo(archived.sha256());
        }
        assertThat(expected.variablePartEarned().amount().isGreaterThan(fr.cpts.domain.money.Money.ZERO))
                .isTrue();
        assertThat(expected.advancesPaid().amount().isGreaterThan(fr.cpts.domain.money.Money.ZERO))
                .isTrue();
    }

    @Test
    void aClosedYearShowsTheFiguresRecordedAtClosingAndSaysWhenTodaysRulesWouldGiveOthers() throws Exception {
        CptsId cpts = team.cpts().id();
        YearlyReview review = ReviewFixtures.submitted(contract, 1);
        review.indicators().forEach(name -> review.accept(name, ReviewFixtures.CPAM, Instant.now()));
        review.close(ReviewFixtures.CPAM, Instant.now());
        reviews.save(review, 0);
        Map<String, BigDecimal> otherValues = new HashMap<>(ReviewFixtures.declaredValues());
        otherValues.put(ReviewFixtures.ALD, new BigDecimal("20"));
        PaymentStatement atClosing = funding.statement(contract, ReviewFixtures.POPULATION, 1, otherValues);
        PaymentStatement today =
                funding.statement(contract, ReviewFixtures.POPULATION, 1, ReviewFixtures.declaredValues());
        assertThat(atClosing.balanceDue()).isNotEqualTo(today.balanceDue());
        reviews.archiveStatement(
                cpts,
                1,
                ArchivedDocument.issue("releve-annee-1.pdf", ReviewFixtures.PDF, Instant.now()),
                Optional.of(recorded.write(atClosing)));

        assertThat(page(get("/porteur/contrat/revues/1/releve").session(porteur)))
                .contains(
                        "id=\"releve-solde\">" + atClosing.balanceDue().amount() + "<",
                        "id=\"regles-modifiees\"",
                        "Les règles d&#39;aujourd&#39;hui donneraient un solde de "
                                + today.balanceDue().amount() + ", qui n&#39;est pas appliqué.")
                .doesNotContain("id=\"releve-solde\">" + today.balanceDue().amount() + "<");
    }

    @Test
    void aYearClosedBeforeFiguresWereRecordedSaysItsFiguresAreComputedAgain() throws Exception {
        ReviewFixtures.storeClosedReview(reviews, contract, 1);
        assertThat(page(get("/porteur/contrat/revues/1/releve").session(porteur)))
                .contains("id=\"recalcule\"", "Le relevé PDF archivé à la clôture fait foi.");
    }

    @Test
    void refusesAValueItCannotReadNamingTheIndicatorAndSavesNothing() throws Exception {
        mvc.perform(post("/porteur/contrat/revues/1/ouverture").session(porteur).with(csrf()));
        String version = version(1);

        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version)
                        .param("value-0", "12,5")
                        .param("value-1", "deux")
                        .param("value-2", "36,2"))
                .andExpect(flash().attribute(
                                "error",
                                "La valeur déclarée de l'indicateur « "
                                        + ReviewFixtures.PARCOURS
                                        + " » n'est pas un nombre lisible : « deux ». Écrivez un nombre, "
                                        + "par exemple 12,5 (au plus 10 chiffres avant la virgule et 4 après)."));
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version)
                        .param("value-0", "1,5e3"))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.containsString(
                                        "« " + ReviewFixtures.ALD + " » n'est pas un nombre lisible")));
        assertThat(version(1)).isEqualTo(version);
        assertThat(review(1).declaration(ReviewFixtures.ALD)).isEmpty();
        assertThat(trail.ofCpts(team.cpts().id()))
                .noneMatch(entry -> entry.action().equals("Déclaration d'indicateur"));

        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version)
                        .param("value-0", "1 250,5"))
                .andExpect(flash().attributeExists("success"));
        assertThat(review(1).declaration(ReviewFixtures.ALD).orElseThrow().value())
                .isEqualByComparingTo("1250.5");
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version(1))
                        .param("value-0", " "))
                .andExpect(flash().attribute(
                                "error",
                                "La valeur déclarée de l'indicateur « " + ReviewFixtures.ALD
                                        + " » ne peut pas être effacée : écrivez la nouvelle valeur."));

        // a page read before that save is out of date: refused, not merged
        mvc.perform(post("/porteur/contrat/revues/1/declaration")
                        .session(porteur)
                        .with(csrf())
                        .param("version", version)
                        .param("value-0", "12"))
                .andExpect(flash().attribute(
                                "error",
                                org.hamcrest.Matchers.startsWith(
                                        "La revue annuelle a été " + "modifiée par une autre personne")));
        assertThat(review(1).declaration(ReviewFixtures.ALD).orElseThrow().value())
                .isEqualByComparingTo("1250.5");
    }

    @Test
    void whatIfShowsTheResultingPaymentToEachPartyAndChangesNothingStored() throws Exception {
        CptsId cpts = team.cpts().id();
        ReviewFixtures.storeSubmittedReview(reviews, contract, 1);
        VersionedReview before = reviews.of(cpts, 1).orElseThrow();
        int journalBefore = trail.ofCpts(cpts).size();
        Map<String, BigDecimal> tried = Map.of(
                ReviewFixtures.ALD,
                new BigDecimal("40"),
                ReviewFixtures.PARCOURS,
                new BigDecimal("3"),
                ReviewFixtures.SCREENING,
                new BigDecimal("41.5"));
        PaymentStatement expected = funding.whatIf(contract, ReviewFixtures.POPULATION, 1, tried);

        for (String[] who : List.of(
                new String[] {"/porteur/contrat/revues/1", "porteur"},
                new String[] {"/cpam/cpts/" + cpts.value() + "/revues/1", "cpam"},
                new String[] {"/ars/cpts/" + cpts.value() + "/revues/1", "ars"})) {
            MockHttpSession session = who[1].equals("porteur") ? porteur : who[1].equals("cpam") ? cpam : ars;
            String result = page(post(who[0] + "/simulation")
                    .session(session)
                    .with(csrf())
                    .param("value-0", "40")
                    .param("value-1", "3")
                    .param("value-2", "41,5"));
            assertThat(result)
                    .contains(
                            "Simulation : rien n&#39;a été enregistré.",
                            "id=\"simulation-part-variable\">"
                                    + expected.variablePartEarned().amount() + "<",
                            "id=\"simulation-solde\">" + expected.balanceDue().amount() + "<",
                            "value=\"41,5\"");
            String refused = page(
                    post(who[0] + "/simulation").session(session).with(csrf()).param("value-0", "quarante"));
            assertThat(refused)
                    .contains(
                            "id=\"erreur-simulation\"",
                            "La valeur simulée de l&#39;indicateur « " + ReviewFixtures.ALD
                                    + " » n&#39;est pas un nombre lisible");
        }

        VersionedReview after = reviews.of(cpts, 1).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.review().timeline()).hasSameSizeAs(before.review().timeline());
        assertThat(after.review().declaration(ReviewFixtures.ALD).orElseThrow().value())
                .isEqualByComparingTo("80");
        assertThat(after.review().assessment(ReviewFixtures.ALD)).isEmpty();
        assertThat(trail.ofCpts(cpts)).hasSize(journalBefore);
        assertThat(expected.variablePartEarned().amount())
                .isNotEqualTo(funding.whatIf(contract, ReviewFixtures.POPULATION, 1, ReviewFixtures.declaredValues())
                        .variablePartEarned()
                        .amount());
    }

    @Test
    void aClosedReviewOffersNoSimulation() throws Exception {
        ReviewFixtures.storeClosedReview(reviews, contract, 1);
        String result = page(post("/porteur/contrat/revues/1/simulation")
                .session(porteur)
                .with(csrf())
                .param("value-0", "40"));
        assertThat(result)
                .contains("La revue annuelle de l&#39;année 1 est clôturée")
                .doesNotContain("id=\"resultat-simulation\"");
    }

    @Test
    void theCpamQueueShowsTheReviewsAwaitingExaminationFirst() throws Exception {
        TestPorteur other = TestPorteurs.create("CPTS Revue renvoyée", records, territories, accounts, encoder);
        SignedContract otherContract =
                ReviewFixtures.storeSignedContract(contracts, other.cpts().id());
        YearlyReview sentBack = ReviewFixtures.storeSubmittedReview(reviews, otherContract, 1);
        sentBack.requestCorrections(ReviewFixtures.CPAM, java.time.Instant.now(), "À compléter");
        reviews.save(sentBack, 1);
        ReviewFixtures.storeSubmittedReview(reviews, contract, 1);
        // a draft never filed is the CPTS's own
        mvc.perform(post("/porteur/contrat/revues/2/ouverture").session(porteur).with(csrf()));

        String queue = page(get("/cpam/revues").session(cpam));
        assertThat(queue.indexOf(team.cpts().name()))
                .isPositive()
                .isLessThan(queue.indexOf(other.cpts().name()));
        assertThat(page(get("/ars/revues").session(ars)))
                .contains(team.cpts().name(), other.cpts().name());
        mvc.perform(get("/cpam/cpts/" + team.cpts().id().value() + "/revues/2").session(cpam))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ars/cpts/" + team.cpts().id().value() + "/revues/2").session(ars))
                .andExpect(status().isNotFound());
    }

    private YearlyReview review(int year) {
        return reviews.of(team.cpts().id(), year).orElseThrow().review();
    }

    private String version(int year) {
        return String.valueOf(reviews.of(team.cpts().id(), year).orElseThrow().version());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
