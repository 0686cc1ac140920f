package fr.cpts.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.contract.AciContract;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.VersionedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dashboard.DashboardFigures;
import fr.cpts.domain.dashboard.InstructionTimes;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.payment.PaymentLedger;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.domain.territory.DepartementCoverage;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's figures equal what the test counts by itself from the same data, read through the domain's ports
 * one CPTS at a time (not by the dashboard's aggregate SQL): for the ARS's région, the CPAM's départements, all of
 * France and a porteur's own CPTS; and each page shows them with the list they count.
 */
@CptsWebTest
class DashboardTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<DossierState> FILED_OR_VALIDATED = Set.of(
            DossierState.SUBMITTED,
            DossierState.UNDER_INSTRUCTION,
            DossierState.CORRECTIONS_REQUESTED,
            DossierState.VALIDATED);

    @Autowired
    MockMvc mvc;

    @Autowired
    DashboardQueries dashboards;

    @Autowired
    Accounts accounts;

    @Autowired
    CptsRecords records;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    Territories territories;

    @Test
    void theArsDashboardCountsWhatItsRegionHolds() throws Exception {
        Account ars = accounts.byUsername("ars").orElseThrow();
        DashboardPage page = dashboards.of(ars);
        List<CptsRecord> region = records.byRegion(new RegionCode("75"));

        expectStagesWorkAndFunds(page.figures(), region, ars.scope(), page.today());
        List<DepartementCoverage> coverage = territories.coverageOf(new RegionCode("75"), 0);
        assertThat(page.figures().coverage().population())
                .isEqualTo(coverage.stream()
                        .mapToLong(DepartementCoverage::population)
                        .sum());
        assertThat(page.figures().coverage().uncoveredPopulation())
                .isEqualTo(coverage.stream()
                        .mapToLong(DepartementCoverage::uncoveredPopulation)
                        .sum());
        assertThat(page.figures().coverage().uncoveredCommunes())
                .isEqualTo(coverage.stream()
                        .mapToLong(DepartementCoverage::uncoveredCommunes)
                        .sum());
        assertThat(page.figures().areas())
                .extracting(area -> area.code())
                .containsExactlyElementsOf(
                        coverage.stream().map(c -> c.departement().code()).toList());
        assertThat(page.figures().areas())
                .allSatisfy(area -> assertThat(area.stages().cpts())
                        .isEqualTo(region.stream()
                                .filter(c -> c.departement().value().equals(area.code()))
                                .count()));
        expectInstructionTimes(page.figures(), region, page.today());

        MockHttpSession session = SignIn.as(mvc, "ars", "ars-demo");
        String html = HtmlUtils.htmlUnescape(mvc.perform(get("/tableau-de-bord").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html)
                .contains("Lettres d'intention validées", "/ars/dossiers?etat=VALIDATED", "/ars/couverture")
                .contains("<bar-chart", "Par département", "Gironde");
    }

    @Test
    void theCpamAdministratorAndPorteurDashboardsCountTheirOwnScope() throws Exception {
        Account cpam = accounts.byUsername("cpam").orElseThrow();
        DashboardPage cpamPage = dashboards.of(cpam);
        AccessScope.Departements departements = (AccessScope.Departements) cpam.scope();
        expectStagesWorkAndFunds(
                cpamPage.figures(),
                records.byDepartements(departements.departements()),
                cpam.scope(),
                cpamPage.today());

        Account admin = accounts.byUsername("admin").orElseThrow();
        DashboardPage national = dashboards.of(admin);
        expectStagesWorkAndFunds(national.figures(), records.all(), new AccessScope.National(), national.today());
        assertThat(national.figures().areas()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(national.figures().coverage().communes()).isGreaterThan(30_000);

        Account porteur = accounts.byUsername("porteur").orElseThrow();
        DashboardPage own = dashboards.of(porteur);
        CptsId cpts = ((AccessScope.OwnCpts) porteur.scope()).cpts();
        expectStagesWorkAndFunds(
                own.figures(), List.of(records.byId(cpts).orElseThrow()), porteur.scope(), own.today());
        assertThat(own.figures().areas()).isEmpty();
        assertThat(own.figures().coverage().communes())
                .isEqualTo(territories.of(cpts).communes().size());
        assertThat(own.figures().coverage().uncoveredCommunes()).isZero();

        for (String[] login :
                List.of(new String[] {"cpam", "cpam-demo"}, new String[] {"admin", "admin-demo"}, new String[] {
                    "porteur", "porteur-demo"
                })) {
            MockHttpSession session = SignIn.as(mvc, login[0], login[1]);
            mvc.perform(get("/tableau-de-bord").session(session)).andExpect(status().isOk());
        }
    }

    private void expectStagesWorkAndFunds(
            DashboardFigures figures, List<CptsRecord> inScope, AccessScope scope, LocalDate today) {
        List<CptsId> ids = inScope.stream().map(CptsRecord::id).toList();
        List<Dossier> all = dossiers.ofCpts(ids);
        List<AciContract> contractsOf =
                contracts.ofCpts(ids).stream().map(VersionedContract::contract).toList();
        assertThat(figures.stages().cpts()).isEqualTo(inScope.size());
        assertThat(figures.stages().lettersValidated())
                .isEqualTo(all.stream()
                        .filter(d -> d.kind() == DossierKind.LETTRE_INTENTION && d.state() == DossierState.VALIDATED)
                        .count());
        assertThat(figures.stages().projectsFiledOrValidated())
                .isEqualTo(all.stream()
                        .filter(d -> d.kind() == DossierKind.PROJET_SANTE && FILED_OR_VALIDATED.contains(d.state()))
                        .count());
        long signed = contractsOf.stream()
                .filter(c -> c.versions().stream().anyMatch(v -> v.signatures().size() == 3))
                .count();
        long signing = contractsOf.stream()
                .filter(c -> c.versions().stream().noneMatch(v -> v.signatures().size() == 3))
                .filter(c ->
                        c.pendingDraft().map(d -> !d.signatures().isEmpty()).orElse(false))
                .count();
        assertThat(figures.stages().contractsSigned()).isEqualTo(signed);
        assertThat(figures.stages().contractsSigning()).isEqualTo(signing);

        List<VersionedReview> reviewsOf = reviews.ofCpts(ids);
        assertThat(figures.work().reviewsAwaitingCpam())
                .isEqualTo(reviewsOf.stream()
                        .filter(r -> r.review().state() == ReviewState.SUBMITTED)
                        .count());
        assertThat(figures.work().reviewsAwaitingCpts())
                .isEqualTo(reviewsOf.stream()
                        .filter(r -> r.review().state() == ReviewState.DRAFT
                                || r.review().state() == ReviewState.CORRECTIONS_REQUESTED)
                        .count());

        List<LedgerRow> orders = new ArrayList<>();
        ledger.each(scope, LedgerView.ALL, today, orders::add);
        assertThat(figures.funds().paid()).isEqualByComparingTo(sum(orders, o -> o.state() == PaymentOrderState.PAID));
        assertThat(figures.funds().committed())
                .isEqualByComparingTo(sum(orders, o -> o.state() != PaymentOrderState.CANCELLED));
        assertThat(figures.funds().late())
                .isEqualByComparingTo(sum(
                        orders,
                        o -> o.state() == PaymentOrderState.DUE && o.dueOn().isBefore(today)));
        assertThat(figures.funds().dueNext90Days())
                .isEqualByComparingTo(sum(
                        orders,
                        o -> o.state() == PaymentOrderState.DUE
                                && !o.dueOn().isBefore(today)
                                && !o.dueOn().isAfter(today.plusDays(90))));
        assertThat(figures.work().ordersSuspended())
                .isEqualTo(orders.stream()
                        .filter(o -> o.order().state() == PaymentOrderState.SUSPENDED)
                        .count());
    }

    private void expectInstructionTimes(DashboardFigures figures, List<CptsRecord> inScope, LocalDate today) {
        Instant yearAgo = today.minusMonths(12).atStartOfDay(PARIS).toInstant();
        List<Dossier> all = dossiers.ofCpts(inScope.stream().map(CptsRecord::id).toList());
        for (DossierKind kind : DossierKind.values()) {
            List<Double> days = new ArrayList<>();
            long waiting = 0;
            for (Dossier dossier : all) {
                if (dossier.kind() != kind) {
                    continue;
                }
                List<Step<DossierMove, DossierState>> steps = dossier.timeline();
                Instant filed = steps.stream()
                        .filter(s -> s.to() == DossierState.SUBMITTED)
                        .map(Step::at)
                        .findFirst()
                        .orElse(null);
                Instant decided = steps.stream()
                        .filter(s -> s.to() == DossierState.VALIDATED || s.to() == DossierState.REFUSED)
                        .map(Step::at)
                        .findFirst()
                        .orElse(null);
                if (filed == null) {
                    continue;
                }
                if (decided != null && !decided.isBefore(yearAgo)) {
                    days.add(Duration.between(filed, decided).toSeconds() / 86_400.0);
                }
                if (decided == null
                        && Set.of(
                                        DossierState.SUBMITTED,
                                        DossierState.UNDER_INSTRUCTION,
                                        DossierState.CORRECTIONS_REQUESTED)
                                .contains(dossier.state())) {
                    waiting++;
                }
            }
            InstructionTimes times = figures.instruction().stream()
                    .filter(t -> t.kind() == kind)
                    .findFirst()
                    .orElseThrow();
            assertThat(times.decided()).as(kind + " décidés").isEqualTo(days.size());
            assertThat(times.waiting()).as(kind + " en attente").isEqualTo(waiting);
            if (!days.isEmpty()) {
                assertThat(times.medianDays().getAsDouble())
                        .isCloseTo(percentile(days, 0.5), org.assertj.core.data.Offset.offset(0.001));
                assertThat(times.ninetiethPercentileDays().getAsDouble())
                        .isCloseTo(percentile(days, 0.9), org.assertj.core.data.Offset.offset(0.001));
            }
        }
    }

    /** PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks. */
    private static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
    }

    private static BigDecimal sum(
            List<LedgerRow> orders, java.util.function.Predicate<fr.cpts.domain.payment.PaymentOrder> which) {
        return orders.stream()
                .map(LedgerRow::order)
                .filter(which)
                .map(o -> o.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
