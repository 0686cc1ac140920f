package fr.cpts.domain.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.diagnostic.AreaTotals.Key;
import fr.cpts.domain.diagnostic.AreaTotals.Sum;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<DataVersion> ALL = List.of(
            new DataVersion("insee-population", 2021, Optional.empty(), 3, false),
            new DataVersion("ameli-patients", 2024, Optional.empty(), 3, true),
            new DataVersion("drees-apl", 2023, Optional.empty(), 3, false),
            new DataVersion("ars-zonage-medecins", 2025, Optional.of(java.time.LocalDate.of(2025, 3, 1)), 3, false));

    private final Map<Key, Sum> territory = new HashMap<>();

    private void count(String indicator, long total, int communes) {
        territory.put(
                new Key(indicator, ""), new Sum(BigDecimal.valueOf(total), BigDecimal.ZERO, BigDecimal.ZERO, communes));
    }

    private DiagnosticTable table() {
        return Diagnostics.compute(
                TestCatalogue.catalogue(),
                ALL,
                List.of(
                        new Diagnostics.Area("Territoire", 3, new AreaTotals(territory)),
                        new Diagnostics.Area("France", 34_969, AreaTotals.NONE)),
                NOW);
    }

    private Figure figure(String indicator) {
        return table().row(indicator).orElseThrow().figures().get(0);
    }

    @Test
    void aCountIsTheSumOfItsCommunes() {
        count("population", 24_310, 3);

        assertThat(figure("population")).isEqualTo(new Figure.Value(new BigDecimal("24310")));
    }

    @Test
    void aCountUnderTheThresholdIsShownAsSmallAndNeverItsValue() {
        count("patients_consommants", 1_200, 3);
        count("patients_sans_mt", 10, 3);

        assertThat(figure("patients_sans_mt")).isEqualTo(new Figure.Small(11));
    }

    @Test
    void aCountAtTheThresholdIsShown() {
        count("patients_consommants", 1_200, 3);
        count("patients_sans_mt", 11, 3);

        assertThat(figure("patients_sans_mt")).isEqualTo(new Figure.Value(new BigDecimal("11")));
    }

    @Test
    void zeroIsShownSinceItRevealsNoOne() {
        count("patients_consommants", 1_200, 3);
        count("patients_sans_mt", 0, 3);

        assertThat(figure("patients_sans_mt")).isEqualTo(new Figure.Value(BigDecimal.ZERO));
    }

    @Test
    void aPartWhoseDifferenceWithItsWholeIsASmallCountIsHiddenToo() {
        count("patients_sans_mt", 150, 3);
        count("patients_sans_mt_ald", 145, 3);

        assertThat(figure("patients_sans_mt")).isEqualTo(new Figure.Value(new BigDecimal("150")));
        assertThat(figure("patients_sans_mt_ald"))
                .as("150 − 145 = 5 patients without ALD would be read by difference")
                .isEqualTo(new Figure.Small(11));
    }

    @Test
    void aPartEqualToItsWholeRevealsNoSmallCount() {
        count("patients_sans_mt", 150, 3);
        count("patients_sans_mt_ald", 150, 3);

        assertThat(figure("patients_sans_mt_ald")).isEqualTo(new Figure.Value(new BigDecimal("150")));
    }

    @Test
    void aRatioIsTheRatioOfTheSumsNeverAMeanOfRates() {
        // commune A: 10 of 100 (10 %), commune B: 90 of 900 (10 %), commune C: 200 of 1 000 (20 %):
        // the mean of the rates is 13,3 %; the territory's rate is 300 / 2 000 = 15 %
        count("patients_consommants", 2_000, 3);
        count("patients_sans_mt", 300, 3);

        assertThat(figure("part_sans_mt")).isEqualTo(new Figure.Value(new BigDecimal("15.0")));
    }

    @Test
    void aRatioOnAHiddenCountIsHidden() {
        count("population", 5_000, 3);
        count("patients_consommants", 1_200, 3);
        count("patients_sans_mt", 7, 3);

        assertThat(figure("sans_mt_pour_1000"))
                .as("7 per 5 000 inhabitants, times the population shown, would give 7")
                .isEqualTo(new Figure.Small(11));
    }

    @Test
    void aRatioWithAZeroDenominatorIsUnavailable() {
        count("patients_consommants", 0, 3);
        count("patients_sans_mt", 0, 3);

        assertThat(figure("part_sans_mt")).isEqualTo(new Figure.Unavailable());
    }

    @Test
    void aMeanIsWeightedByThePopulationOfTheCommunesThatGaveAValue() {
        // 2,0 for 1 000 inhabitants and 4,0 for 3 000: (2 000 + 12 000) / 4 000 = 3,5
        territory.put(
                new Key("apl_mg", ""),
                new Sum(new BigDecimal("6.0"), new BigDecimal("14000.0"), new BigDecimal("4000"), 2));

        assertThat(figure("apl_mg")).isEqualTo(new Figure.Value(new BigDecimal("3.5")));
    }

    @Test
    void theZoningGivesTheShareOfThePopulationInEachZone() {
        territory.put(
                new Key("zonage_medecins", "ZIP"),
                new Sum(new BigDecimal("3000"), BigDecimal.ZERO, BigDecimal.ZERO, 2));
        territory.put(
                new Key("zonage_medecins", "HORS"),
                new Sum(new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO, 1));

        assertThat(figure("zonage_medecins"))
                .isEqualTo(new Figure.Shares(List.of(
                        new Figure.Share(Zone.ZIP, new BigDecimal("75.0"), 2),
                        new Figure.Share(Zone.HORS, new BigDecimal("25.0"), 1))));
        assertThat(table().row("zonage_medecins").orElseThrow().communesWithData())
                .isEqualTo(3);
    }

    @Test
    void anAreaWithoutDataShowsUnavailableAndTheTerritorysCoverageIsCounted() {
        count("population", 24_310, 2);

        DiagnosticTable.Row population = table().row("population").orElseThrow();

        assertThat(population.figures().get(1)).isEqualTo(new Figure.Unavailable());
        assertThat(population.communesWithData()).isEqualTo(2);
    }

    @Test
    void rowsNameTheirSourcesWithTheYearAndAnIndicatorWithoutAVersionIsLeftOut() {
        DiagnosticTable table = Diagnostics.compute(
                TestCatalogue.catalogue(),
                List.of(ALL.get(0), ALL.get(1)),
                List.of(new Diagnostics.Area("Territoire", 3, new AreaTotals(territory))),
                NOW);

        assertThat(table.row("sans_mt_pour_1000").orElseThrow().sources())
                .isEqualTo("Assurance Maladie 2024, INSEE 2021");
        assertThat(table.row("apl_mg")).as("no DREES version").isEmpty();
        assertThat(table.demo()).as("the patients' version is demo data").isTrue();
    }
}
