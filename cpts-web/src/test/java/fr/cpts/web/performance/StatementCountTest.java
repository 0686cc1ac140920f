package fr.cpts.web.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.testing.PostgresTestDatabase;
import fr.cpts.web.SignIn;
import fr.cpts.web.assistant.AssistantRequestFixtures;
import fr.cpts.web.payment.PaymentFixtures;
import fr.cpts.web.review.ReviewFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard against N+1 reads: the number of SQL statements a page costs does not grow with the data in scope. A
 * CPAM officer of a département of their own (Corse-du-Sud) sees first 5, then 200 CPTS, each with a signed contract
 * and a filed year 1 review; the review queue costs the same number of statements for both, and so do the ARS's
 * lists and home over the région. Sessions stay in the
 * servlet container here: the counts are the application's own statements, the session store excluded.
 */
@SpringBootTest(properties = "cpts.sessions.store=container")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(StatementCounter.class)
class StatementCountTest {

    private static final RegionCode CORSE = new RegionCode("94");
    private static final DepartementCode CORSE_DU_SUD = new DepartementCode("2A");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CptsRecords records;

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    Accounts accounts;

    @Autowired
    AssistantSubsidyRequests subsidyRequests;

    @Autowired
    Dossiers dossiers;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    PaymentOrders paymentOrders;

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    PasswordEncoder encoder;

    private String suffix;
    private MockHttpSession cpam;
    private MockHttpSession ars;

    @BeforeEach
    void aCpamOfficerOfTheirOwnDepartement() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "cpam-corse-" + suffix;
        accounts.create(new Account(
                username,
                "Agent CPAM Corse " + suffix,
                encoder.encode("mot-de-passe-corse"),
                Role.CPAM_OFFICER,
                new AccessScope.Departements(Set.of(CORSE_DU_SUD))));
        cpam = SignIn.as(mvc, username, "mot-de-passe-corse");
        accounts.create(new Account(
                "ars-corse-" + suffix,
                "Agent ARS Corse " + suffix,
                encoder.encode("mot-de-passe-corse"),
                Role.ARS_OFFICER,
                new AccessScope.Region(CORSE)));
        ars = SignIn.as(mvc, "ars-corse-" + suffix, "mot-de-passe-corse");
    }

    @Test
    void theArsListsCostTheSameStatementsForFiveAndForTwoHundredCptsInScope() throws Exception {
        cptsWithFiledReviews(5);
        int dossiersWithFive = statements(get("/ars/dossiers").session(ars));
        int reviewsWithFive = statements(get("/ars/revues").session(ars));
        int homeWithFive = statements(get("/ars").session(ars));
        int dashboardWithFive = statements(get("/tableau-de-bord").session(ars));
        List<Integer> exportsWithFive = exportsAndPublicPages();

        cptsWithFiledReviews(195);
        int dossiersWithTwoHundred = statements(get("/ars/dossiers")
                .param("etat", "SUBMITTED")
                .param("departement", "2A")
                .param("anciennete", "3")
                .session(ars));
        int reviewsWithTwoHundred =
                statements(get("/ars/revues").param("page", "2").session(ars));
        int homeWithTwoHundred = statements(get("/ars").session(ars));
        int dashboardWithTwoHundred = statements(get("/tableau-de-bord").session(ars));
        List<Integer> exportsWithTwoHundred = exportsAndPublicPages();

        System.out.printf(
                "Statements per request — ARS dossier queue: %d (5 CPTS), %d (200 CPTS, filtered); "
                        + "ARS review list: %d, %d; ARS home: %d, %d%n",
                dossiersWithFive,
                dossiersWithTwoHundred,
                reviewsWithFive,
                reviewsWithTwoHundred,
                homeWithFive,
                homeWithTwoHundred);
        assertThat(dossiersWithTwoHundred).isEqualTo(dossiersWithFive);
        assertThat(reviewsWithTwoHundred).isEqualTo(reviewsWithFive);
        assertThat(homeWithTwoHundred).isEqualTo(homeWithFive);
        System.out.printf(
                "Statements per request — ARS dashboard: %d (5 CPTS), %d (200 CPTS)%n",
                dashboardWithFive, dashboardWithTwoHundred);
        assertThat(dashboardWithTwoHundred).isEqualTo(dashboardWithFive);
        System.out.printf(
                "Statements per export (dossiers, reviews with indicators, CPTS) and public page (directory, its export, map)"
                        + " — %s (5 CPTS), %s (200 CPTS)%n",
                exportsWithFive, exportsWithTwoHundred);
        assertThat(exportsWithTwoHundred).isEqualTo(exportsWithFive);
    }

    /**
     * The statements of the ARS's dossier, review and CPTS exports (each list is read by one streamed statement), of
     * the public directory and of the public map with a département chosen.
     */
    private List<Integer> exportsAndPublicPages() throws Exception {
        return List.of(
                statements(get("/ars/dossiers.csv").session(ars)),
                statements(get("/ars/revues.xlsx").session(ars)),
                statements(get("/ars/cpts.csv").session(ars)),
                statements(get("/annuaire")),
                statements(get("/annuaire.csv")),
                statements(get("/carte").param("departement", "2A")));
    }

    private int statements(MockHttpServletRequestBuilder request) throws Exception {
        return StatementCounter.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }

    @Test
    void theDiagnosticOfThreeOrThreeHundredCommunesCostsTheSameStatements() throws Exception {
        List<String> gironde = jdbc.queryForList(
                "select code from commune where departement_code = '33' order by code limit 300", String.class);

        // the areas' commune counts are read from the reference once, by the first diagnostic of Gironde
        statements(get("/diagnostic").param("communes", gironde.get(0)));
        int three = statements(get("/diagnostic").param("communes", String.join(" ", gironde.subList(0, 3))));
        int threeHundred = statements(get("/diagnostic").param("communes", String.join(" ", gironde)));

        System.out.printf(
                "Statements of the public diagnostic — %d (3 communes), %d (300 communes)%n", three, threeHundred);
        assertThat(threeHundred).isEqualTo(three).isLessThanOrEqualTo(10);
    }

    @Test
    void theLedgerAndItsExportCostTheSameStatementsWhateverTheNumberOfOrders() throws Exception {
        ordersInCorse(5);
        int ledgerWithFive =
                statements(get("/cpam/paiements").param("vue", "tous").session(cpam));
        int exportWithFive =
                statements(get("/cpam/paiements.csv").param("vue", "tous").session(cpam));

        ordersInCorse(295);
        int ledgerWithThreeHundred =
                statements(get("/cpam/paiements").param("vue", "tous").session(cpam));
        int pageTwo = statements(
                get("/cpam/paiements").param("vue", "tous").param("page", "2").session(cpam));
        int exportWithThreeHundred =
                statements(get("/cpam/paiements.csv").param("vue", "tous").session(cpam));

        System.out.printf(
                "Statements per request — CPAM ledger: %d (5 orders), %d (300), %d (page 2); export: %d, %d%n",
                ledgerWithFive, ledgerWithThreeHundred, pageTwo, exportWithFive, exportWithThreeHundred);
        assertThat(ledgerWithThreeHundred).isEqualTo(ledgerWithFive).isEqualTo(pageTwo);
        assertThat(exportWithThreeHundred).isEqualTo(exportWithFive);
    }

    private void ordersInCorse(int count) {
        for (int i = 0; i < count; i++) {
            CptsRecord cpts = records.create(
                    "CPTS Corse paiements " + suffix + " " + i + " "
                            + UUID.randomUUID().toString().substring(0, 6),
                    CORSE,
                    CORSE_DU_SUD);
            PaymentFixtures.dueOrder(
                    transactionManager,
                    paymentOrders,
                    cpts.id(),
                    LocalDate.now().plusDays(i % 60));
        }
    }

    @Test
    void theNationalDirectoryCostsTheSameStatementsWhateverTheNumberOfCpts() throws Exception {
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        cptsWithFiledReviews(5);
        int withFive = statements(get("/admin/cpts").param("region", "94").session(admin));

        cptsWithFiledReviews(195);
        int withTwoHundred = statements(get("/admin/cpts").param("region", "94").session(admin));
        int pageThree = statements(get("/admin/cpts").param("page", "3").session(admin));

        System.out.printf(
                "Statements per request — national directory: %d (5 CPTS in the région), %d (200), %d (page 3)%n",
                withFive, withTwoHundred, pageThree);
        assertThat(withTwoHundred).isEqualTo(withFive);
        assertThat(pageThree).isEqualTo(withFive);
    }

    @Test
    void theCpamReviewQueueCostsTheSameStatementsForFiveAndForTwoHundredCptsInScope() throws Exception {
        List<CptsId> first = cptsWithFiledReviews(5);
        int withFive = statements(get("/cpam/revues").session(cpam));
        int contractsWithFive = statements(get("/cpam/contrats").session(cpam));

        cptsWithFiledReviews(195);
        int withTwoHundred = statements(get("/cpam/revues").session(cpam));
        int secondPage = statements(get("/cpam/revues").param("page", "4").session(cpam));
        int contractsWithTwoHundred = statements(get("/cpam/contrats").session(cpam));
        int contractsPageThree =
                statements(get("/cpam/contrats").param("page", "3").session(cpam));

        System.out.printf(
                "Statements per request — CPAM review queue: %d (5 CPTS), %d (200 CPTS), %d (page 4); "
                        + "CPAM contract list: %d, %d, %d (page 3)%n",
                withFive, withTwoHundred, secondPage, contractsWithFive, contractsWithTwoHundred, contractsPageThree);
        assertThat(first).hasSize(5);
        assertThat(withTwoHundred).isEqualTo(withFive);
        assertThat(secondPage).isEqualTo(withFive);
        assertThat(contractsWithTwoHundred).isEqualTo(contractsWithFive);
        assertThat(contractsPageThree).isEqualTo(contractsWithFive);
    }

    @Test
    void theOfficersSubsidyListCostsTheSameStatementsForFiveAndForTwoHundredCptsInScope() throws Exception {
        cptsWithListedSubsidyRequests(5);
        int withFive = statements(get("/cpam/assistants-medicaux").session(cpam));

        cptsWithListedSubsidyRequests(195);
        int withTwoHundred = statements(get("/cpam/assistants-medicaux").session(cpam));
        int thirdPage =
                statements(get("/cpam/assistants-medicaux").param("page", "3").session(cpam));
        int forTheArs = statements(get("/ars/assistants-medicaux").session(ars));

        System.out.printf(
                "Statements per request — subsidy requests, CPAM: %d (5 CPTS), %d (200 CPTS), %d (page 3); ARS: %d%n",
                withFive, withTwoHundred, thirdPage, forTheArs);
        assertThat(withTwoHundred).isEqualTo(withFive);
        assertThat(thirdPage).isEqualTo(withFive);
        assertThat(forTheArs).isEqualTo(withFive);
    }

    @Test
    void theCpamHomeAndOpinionListCostTheSameStatementsForFiveAndForTwoHundredCptsInScope() throws Exception {
        cptsWithOpinionsAsked(5);
        int homeWithFive = statements(get("/cpam").session(cpam));
        int listWithFive = statements(get("/cpam/avis").session(cpam));

        cptsWithOpinionsAsked(195);
        int homeWithTwoHundred = statements(get("/cpam").session(cpam));
        int listWithTwoHundred = statements(get("/cpam/avis").session(cpam));
        int listPageTwo = statements(get("/cpam/avis").param("page", "2").session(cpam));

        System.out.printf(
                "Statements per request — CPAM home: %d (5 CPTS), %d (200 CPTS); opinions asked: %d, %d, %d (page 2)%n",
                homeWithFive, homeWithTwoHundred, listWithFive, listWithTwoHundred, listPageTwo);
        assertThat(homeWithTwoHundred).isEqualTo(homeWithFive);
        assertThat(listWithTwoHundred).isEqualTo(listWithFive);
        assertThat(listPageTwo).isEqualTo(listWithFive);
    }

    @Test
    void theJournalPageCostsTheSameStatementsForThreeEntriesAndForTwoHundredByManyPeople() throws Exception {
        CptsId cpts = records.create("CPTS Corse journal " + suffix, CORSE, CORSE_DU_SUD)
                .id();
        journalEntries(cpts, 3);
        int withThree = statements(get("/ars/cpts/" + cpts.value() + "/journal").session(ars));

        journalEntries(cpts, 197);
        int withTwoHundred =
                statements(get("/ars/cpts/" + cpts.value() + "/journal").session(ars));
        int pageThree = statements(
                get("/ars/cpts/" + cpts.value() + "/journal").param("page", "3").session(ars));

        System.out.printf(
                "Statements per request — ARS journal page: %d (3 entries), %d (200 entries, 200 people), %d (page 3)%n",
                withThree, withTwoHundred, pageThree);
        assertThat(withTwoHundred).isEqualTo(withThree);
        assertThat(pageThree).isEqualTo(withThree);
    }

    /** Entries each by another ARS officer, so that the journal names that many people. */
    private void journalEntries(CptsId cpts, int count) {
        transactions.executeWithoutResult(status -> journalEntriesWithin(cpts, count));
    }

    private void journalEntriesWithin(CptsId cpts, int count) {
        for (int i = 0; i < count; i++) {
            trail.record(new AuditEntry(
                    Instant.parse("2026-03-01T09:00:00Z").plusSeconds(i),
                    "ars-journal-" + UUID.randomUUID().toString().substring(0, 8),
                    Role.ARS_OFFICER,
                    Optional.of(cpts),
                    "LETTRE_INTENTION",
                    "1",
                    "Message",
                    Optional.empty(),
                    List.of()));
        }
    }

    private void cptsWithOpinionsAsked(int count) {
        Actor arsCorse = new Actor("ars-corse-" + suffix, "Agent ARS Corse", Role.ARS_OFFICER);
        for (int i = 0; i < count; i++) {
            CptsRecord cpts = records.create(
                    "CPTS Corse avis " + suffix + " " + i + " "
                            + UUID.randomUUID().toString().substring(0, 6),
                    CORSE,
                    CORSE_DU_SUD);
            Instant at = Instant.parse("2026-03-01T09:00:00Z");
            DossierId dossier = dossiers.save(Dossier.startLetterOfIntent(cpts.id(), at))
                    .id()
                    .orElseThrow();
            exchanges.saveOpinion(OpinionRequest.ask(dossier, OpinionBody.CPAM, "Avis " + i, arsCorse, at));
        }
    }

    private void cptsWithListedSubsidyRequests(int count) {
        for (int i = 0; i < count; i++) {
            CptsRecord cpts = records.create(
                    "CPTS Corse aides " + suffix + " " + i + " "
                            + UUID.randomUUID().toString().substring(0, 6),
                    CORSE,
                    CORSE_DU_SUD);
            AssistantRequestFixtures.filed(subsidyRequests, cpts, "Dr Corse " + i);
        }
    }

    @Test
    void closingAReviewAndShowingItAgainCostsTheSameStatementsWhateverTheScope() throws Exception {
        List<CptsId> few = cptsWithFiledReviews(5);
        List<String> closeAmongFive = closeAndShow(few.get(0));
        List<CptsId> many = cptsWithFiledReviews(195);
        List<String> closeAmongTwoHundred = closeAndShow(many.get(0));

        System.out.printf(
                "Statements — review close (POST and redirected page): %d (5 CPTS), %d (200 CPTS)%n",
                closeAmongFive.size(), closeAmongTwoHundred.size());
        assertThat(closeAmongTwoHundred).hasSameSizeAs(closeAmongFive);
        assertThat(closeAmongTwoHundred)
                .as("the statements of a close and its page")
                // 10 for the close and its page, one to notify the porteurs, one for the header's unread badge,
                // when someone is mailed at once the CPTS's name and the queued mails, and 6 for the ledger: the CPTS
                // locked with its orders, the contract, reviews and statements it is owed under, its subsidies, the
                // orders written (the CPTS's name is read once more, and the recomputation journaled)
                .hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void theCptsPagesCostTheSameStatementsWhateverTheYearsAndTheCptsInScope() throws Exception {
        CptsId young = cptsWithFiledReviews(5).get(0);
        Map<String, Integer> withOneYear = cptsPages(young);

        cptsWithFiledReviews(195);
        CptsId old = records.create("CPTS Corse ancienne " + suffix, CORSE, CORSE_DU_SUD)
                .id();
        SignedContract contract = ReviewFixtures.storeSignedContract(
                contracts, old, ReviewFixtures.today().minusDays(1_500));
        for (int year = 1; year <= 3; year++) {
            ReviewFixtures.storeClosedReview(reviews, contract, year);
        }
        ReviewFixtures.storeSubmittedReview(reviews, contract, 4);
        Map<String, Integer> withFourYears = cptsPages(old);

        System.out.printf(
                "Statements per request — one year among 5 CPTS: %s; four years among 201 CPTS: %s%n",
                withOneYear, withFourYears);
        assertThat(withFourYears).isEqualTo(withOneYear);
    }

    /** The statements of each page of that CPTS, for its porteur, the ARS and the CPAM. */
    private Map<String, Integer> cptsPages(CptsId cpts) throws Exception {
        String username = "porteur-corse-" + cpts.value();
        accounts.create(new Account(
                username,
                "Porteur Corse " + cpts.value(),
                encoder.encode("mot-de-passe-corse"),
                Role.PORTEUR,
                new AccessScope.OwnCpts(cpts)));
        MockHttpSession porteur = SignIn.as(mvc, username, "mot-de-passe-corse");
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("porteur home", statements(get("/porteur").session(porteur)));
        pages.put("porteur contract", statements(get("/porteur/contrat").session(porteur)));
        pages.put("porteur reviews", statements(get("/porteur/contrat/revues").session(porteur)));
        pages.put("ARS CPTS page", statements(get("/ars/cpts/" + cpts.value()).session(ars)));
        pages.put(
                "ARS contract",
                statements(get("/ars/cpts/" + cpts.value() + "/contrat").session(ars)));
        pages.put(
                "CPAM review",
                statements(get("/cpam/cpts/" + cpts.value() + "/revues/1").session(cpam)));
        return pages;
    }

    /** Accepts every indicator, then closes the review and reads its page, counting the last two requests. */
    private List<String> closeAndShow(CptsId cpts) throws Exception {
        String review = "/cpam/cpts/" + cpts.value() + "/revues/1";
        for (String indicator : List.of(ReviewFixtures.ALD, ReviewFixtures.PARCOURS, ReviewFixtures.SCREENING)) {
            mvc.perform(post(review + "/decisions")
                    .param("indicator-0", indicator)
                    .param("decision-0", "ACCEPT")
                    .param("version", String.valueOf(version(cpts)))
                    .with(csrf())
                    .session(cpam));
        }
        long version = version(cpts);
        return StatementCounter.sent(() -> {
            mvc.perform(post(review + "/cloture")
                            .param("version", String.valueOf(version))
                            .param("confirmation", "oui")
                            .with(csrf())
                            .session(cpam))
                    .andExpect(status().is3xxRedirection());
            return mvc.perform(get(review).session(cpam)).andExpect(status().isOk());
        });
    }

    private long version(CptsId cpts) {
        return reviews.of(cpts, 1).orElseThrow().version();
    }

    private List<CptsId> cptsWithFiledReviews(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> {
                    CptsId cpts = records.create(
                                    "CPTS Corse " + suffix + " " + i + " "
                                            + UUID.randomUUID().toString().substring(0, 6),
                                    CORSE,
                                    CORSE_DU_SUD)
                            .id();
                    SignedContract contract = ReviewFixtures.storeSignedContract(contracts, cpts);
                    ReviewFixtures.storeSubmittedReview(reviews, contract, 1);
                    return cpts;
                })
                .toList();
    }
}
