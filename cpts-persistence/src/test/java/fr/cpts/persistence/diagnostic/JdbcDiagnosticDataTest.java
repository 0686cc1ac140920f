package fr.cpts.persistence.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.diagnostic.AreaCode;
import fr.cpts.domain.diagnostic.AreaTotals;
import fr.cpts.domain.diagnostic.AreaTotals.Sum;
import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.CommuneValues;
import fr.cpts.domain.diagnostic.DataSetImport;
import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DataVersion.VersionKey;
import fr.cpts.domain.diagnostic.DiagnosticData;
import fr.cpts.domain.diagnostic.Zone;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.persistence.PersistenceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Data sets stored as versions, summed over any list of communes and, at import, over every area of France. */
@PersistenceTest
class JdbcDiagnosticDataTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    // Bordeaux (267 991 inhabitants), Langon (7 639) and Mont-de-Marsan in the Landes, all three in Nouvelle-Aquitaine
    private static final InseeCode BORDEAUX = new InseeCode("33063");
    private static final InseeCode LANGON = new InseeCode("33227");
    private static final InseeCode MONT_DE_MARSAN = new InseeCode("40192");
    private static final InseeCode RENNES = new InseeCode("35238");

    @Autowired
    DiagnosticData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCatalogueIsTheMigrationsDataInDisplayOrder() {
        Catalogue catalogue = data.catalogue();

        assertThat(catalogue.sources()).hasSize(6);
        assertThat(catalogue.indicators()).hasSize(20);
        assertThat(catalogue.indicators().get(0).code()).isEqualTo("population");
        assertThat(catalogue.indicator("part_sans_mt").orElseThrow().numerator())
                .contains("patients_sans_mt");
        assertThat(catalogue.indicator("patients_sans_mt").orElseThrow().smallCountThreshold())
                .hasValue(11);
        assertThat(catalogue.importedFrom("ameli-patients"))
                .extracting(indicator -> indicator.code())
                .containsExactly(
                        "patients_consommants", "patients_sans_mt", "patients_sans_mt_ald", "beneficiaires_c2s");
    }

    @Test
    void aListOfCommunesIsSummedAndItsMeanWeightedByPopulation() {
        data.store(apl(2023, Optional.empty(), Map.of(BORDEAUX, "4.0", LANGON, "2.0", MONT_DE_MARSAN, "3.0")));
        int bordeaux = population(BORDEAUX);
        int langon = population(LANGON);

        AreaTotals totals = data.totalsOf(List.of(BORDEAUX, LANGON), List.of(new VersionKey("drees-apl", 2023)));

        Sum apl = totals.of("apl_mg").orElseThrow();
        assertThat(apl.communes()).isEqualTo(2);
        assertThat(apl.total()).isEqualByComparingTo("6.0");
        assertThat(apl.weight()).isEqualByComparingTo(BigDecimal.valueOf(bordeaux + langon));
        assertThat(apl.weighted()).isEqualByComparingTo(BigDecimal.valueOf(4L * bordeaux + 2L * langon));
    }

    @Test
    void theTotalsOfEveryDepartementRegionAndFranceAreComputedAtImport() {
        data.store(apl(2023, Optional.empty(), Map.of(BORDEAUX, "4.0", LANGON, "2.0", MONT_DE_MARSAN, "3.0")));

        Map<AreaCode, AreaTotals> totals = data.areaTotals(
                List.of(AreaCode.departement("33"), AreaCode.region("75"), AreaCode.FRANCE, AreaCode.departement("35")),
                List.of(new VersionKey("drees-apl", 2023)));

        assertThat(totals.get(AreaCode.departement("33"))
                        .of("apl_mg")
                        .orElseThrow()
                        .communes())
                .isEqualTo(2);
        assertThat(totals.get(AreaCode.region("75")).of("apl_mg").orElseThrow().communes())
                .isEqualTo(3);
        assertThat(totals.get(AreaCode.FRANCE).of("apl_mg").orElseThrow().total())
                .isEqualByComparingTo("9.0");
        assertThat(totals.get(AreaCode.departement("35")).sums())
                .as("no value in Ille-et-Vilaine")
                .isEmpty();
        assertThat(data.versions()).containsExactly(new DataVersion("drees-apl", 2023, Optional.empty(), 3, false));
    }

    @Test
    void aZoningCountsThePopulationOfEachZone() {
        data.store(new DataSetImport(
                "ars-zonage-medecins",
                2025,
                Optional.of(LocalDate.of(2025, 3, 1)),
                Optional.of("75"),
                "zonage.csv",
                List.of(zone(2, BORDEAUX, Zone.HORS), zone(3, LANGON, Zone.ZIP), zone(4, MONT_DE_MARSAN, Zone.ZIP)),
                false,
                "ars",
                NOW));

        AreaTotals region = data.areaTotals(
                        List.of(AreaCode.region("75")), List.of(new VersionKey("ars-zonage-medecins", 2025)))
                .get(AreaCode.region("75"));

        assertThat(region.of("zonage_medecins", Zone.ZIP).orElseThrow().total())
                .isEqualByComparingTo(BigDecimal.valueOf(population(LANGON) + population(MONT_DE_MARSAN)));
        assertThat(region.of("zonage_medecins", Zone.ZIP).orElseThrow().communes())
                .isEqualTo(2);
        assertThat(data.versions().get(0).effectiveOn()).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aRegionalImportReplacesTheVersionInItsRegionOnly() {
        data.store(apl(2023, Optional.empty(), Map.of(BORDEAUX, "4.0", RENNES, "3.0")));

        data.store(apl(2023, Optional.of("75"), Map.of(LANGON, "2.0")));

        AreaTotals france = data.areaTotals(List.of(AreaCode.FRANCE), List.of(new VersionKey("drees-apl", 2023)))
                .get(AreaCode.FRANCE);
        assertThat(france.of("apl_mg").orElseThrow().total())
                .as("Rennes kept, Bordeaux replaced by Langon")
                .isEqualByComparingTo("5.0");
        assertThat(data.imports(Optional.empty(), 10)).hasSize(2);
        assertThat(data.imports(Optional.of("75"), 10)).singleElement().satisfies(last -> assertThat(last.region())
                .contains("75"));
    }

    @Test
    void aNationalImportReplacesTheWholeVersionAndAnOlderYearStaysReadable() {
        data.store(apl(2022, Optional.empty(), Map.of(BORDEAUX, "1.0")));
        data.store(apl(2023, Optional.empty(), Map.of(BORDEAUX, "4.0", RENNES, "3.0")));

        data.store(apl(2023, Optional.empty(), Map.of(LANGON, "2.0")));

        assertThat(data.versions())
                .extracting(DataVersion::year, DataVersion::communes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2023, 1), org.assertj.core.groups.Tuple.tuple(2022, 1));
        assertThat(data.totalsOf(List.of(BORDEAUX), List.of(new VersionKey("drees-apl", 2022)))
                        .of("apl_mg")
                        .orElseThrow()
                        .total())
                .isEqualByComparingTo("1.0");
    }

    @Test
    void knowsTheRegionOfEachCurrentCommuneAndNotOfAnUnknownCode() {
        assertThat(data.regionsOf(List.of(BORDEAUX, RENNES, new InseeCode("33999"))))
                .containsOnly(Map.entry(BORDEAUX, "75"), Map.entry(RENNES, "53"));
    }

    private DataSetImport apl(int year, Optional<String> region, Map<InseeCode, String> values) {
        List<CommuneValues> communes = values.entrySet().stream()
                .map(entry -> new CommuneValues(
                        2, entry.getKey(), Map.of("apl_mg", new BigDecimal(entry.getValue())), Map.of()))
                .toList();
        return new DataSetImport("drees-apl", year, Optional.empty(), region, "apl.csv", communes, false, "admin", NOW);
    }

    private static CommuneValues zone(int line, InseeCode commune, Zone zone) {
        return new CommuneValues(line, commune, Map.of(), Map.of("zonage_medecins", zone));
    }

    private int population(InseeCode commune) {
        return jdbc.queryForObject("select population from commune where code = ?", Integer.class, commune.value());
    }
}
