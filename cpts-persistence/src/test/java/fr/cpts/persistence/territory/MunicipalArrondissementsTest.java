package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.DepartementCoverage;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.persistence.PersistenceTest;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The municipal arrondissements of Paris, Lyon and Marseille as loaded from the reference package: searched, listed
 * as members of their EPCI instead of their commune, counted in coverage, and overlapping the whole commune.
 */
@PersistenceTest
class MunicipalArrondissementsTest {

    private static final InseeCode PARIS = new InseeCode("75056");
    private static final InseeCode PARIS_12 = new InseeCode("75112");
    private static final RegionCode ILE_DE_FRANCE = new RegionCode("11");

    @Autowired
    Communes communes;

    @Autowired
    Territories territories;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the45ArrondissementsAreLoadedWithPopulationsAddingUpToTheirCommunes() {
        assertThat(jdbc.queryForList("select divides, count(*) as n from commune where divides is not null "
                        + "group by divides order by divides"))
                .extracting(row -> row.get("divides") + ":" + row.get("n"))
                .containsExactly("13055:16", "69123:9", "75056:20");
        assertThat(jdbc.queryForList("select code from commune where divided order by code", String.class))
                .containsExactly("13055", "69123", "75056");
        for (String city : new String[] {"13055", "69123", "75056"}) {
            assertThat(jdbc.queryForObject("select sum(population) from commune where divides = ?", Long.class, city))
                    .isEqualTo(jdbc.queryForObject("select population from commune where code = ?", Long.class, city));
        }
        Commune twelfth = communes.byCode(PARIS_12).orElseThrow();
        assertThat(twelfth.divides()).contains(PARIS);
        assertThat(twelfth.population().getAsInt()).isPositive();
        assertThat(communes.byCode(PARIS).orElseThrow().divided()).isTrue();
        assertThat(communes.count()).as("the communes, arrondissements apart").isEqualTo(34_969);
    }

    @Test
    void searchingADividedCityFindsItsArrondissementsNotTheWholeCommune() {
        assertThat(communes.search("paris", 30))
                .extracting(Commune::code)
                .contains(PARIS_12)
                .doesNotContain(PARIS);
        assertThat(communes.search("75", 200)).extracting(Commune::code).doesNotContain(PARIS);
    }

    @Test
    void anEpciHoldingADividedCityListsItsArrondissements() {
        String grandParis =
                jdbc.queryForObject("select epci_code from epci_commune where commune_code = '75056'", String.class);

        assertThat(communes.membersOf(grandParis))
                .extracting(Commune::code)
                .contains(PARIS_12, new InseeCode("75101"))
                .doesNotContain(PARIS);
    }

    @Test
    void anArrondissementOverlapsATerritoryStillHoldingItsWholeCommune() {
        CptsId whole = cpts("CPTS Test Paris Entier");
        CptsId twelfth = cpts("CPTS Test Paris 12");
        territories.save(new Territory(whole, Set.of(PARIS)), 0, "porteur");
        territories.save(new Territory(twelfth, Set.of(PARIS_12)), 0, "porteur");

        assertThat(territories.overlapsOf(twelfth))
                .extracting(TerritoryOverlap::commune, TerritoryOverlap::otherCpts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PARIS_12, whole));
        assertThat(territories.overlapsOf(whole))
                .extracting(TerritoryOverlap::commune, TerritoryOverlap::otherCpts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PARIS, twelfth));
    }

    @Test
    void coverageOfParisCountsItsTwentyArrondissements() {
        Optional<DepartementCoverage> paris = territories.coverageOf(ILE_DE_FRANCE, 3).stream()
                .filter(coverage -> coverage.departement().code().equals("75"))
                .findFirst();

        assertThat(paris).hasValueSatisfying(coverage -> {
            assertThat(coverage.communes()).isEqualTo(20);
            assertThat(coverage.largestUncovered())
                    .allSatisfy(commune -> assertThat(commune.code().value()).startsWith("751"));
        });
    }

    private CptsId cpts(String name) {
        return records.create(name, ILE_DE_FRANCE, new DepartementCode("75"), CptsStage.INITIATIVE)
                .id();
    }
}
