package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.DepartementCoverage;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryConflict;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.domain.territory.VersionedTerritory;
import fr.cpts.persistence.PersistenceTest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CPTS territories on a real PostgreSQL: saved with optimistic locking, overlaps found, coverage counted. */
@PersistenceTest
class JdbcTerritoriesTest {

    private static final RegionCode NOUVELLE_AQUITAINE = new RegionCode("75");
    private static final RegionCode GUADELOUPE = new RegionCode("01");

    @Autowired
    Territories territories;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTerritoryNeverSavedIsEmptyAtVersionZero() {
        CptsId cpts = cpts("CPTS Test Vide");

        assertThat(territories.of(cpts).isEmpty()).isTrue();
        VersionedTerritory editing = territories.forEditing(cpts);
        assertThat(editing.version()).isZero();
        assertThat(editing.updatedBy()).isEmpty();
    }

    @Test
    void savingReplacesTheCommunesAndRaisesTheVersion() {
        CptsId cpts = cpts("CPTS Test Langon");

        long first = territories.save(territory(cpts, "33227", "33352"), 0, "porteur");
        long second = territories.save(territory(cpts, "33227", "33506"), first, "coordinatrice");

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(territories.of(cpts).communes()).containsExactlyInAnyOrder(code("33227"), code("33506"));
        VersionedTerritory editing = territories.forEditing(cpts);
        assertThat(editing.version()).isEqualTo(2);
        assertThat(editing.updatedBy()).contains("coordinatrice");
        assertThat(editing.territory().communes()).hasSize(2);
    }

    @Test
    void savingAnEmptyTerritoryRemovesEveryCommune() {
        CptsId cpts = cpts("CPTS Test Effacée");
        long version = territories.save(territory(cpts, "33227"), 0, "porteur");

        territories.save(territory(cpts), version, "porteur");

        assertThat(territories.of(cpts).isEmpty()).isTrue();
        assertThat(territories.forEditing(cpts).version()).isEqualTo(2);
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndWritesNothing() {
        CptsId cpts = cpts("CPTS Test Concurrence");
        long read = territories.save(territory(cpts, "33227"), 0, "alice");
        territories.save(territory(cpts, "33227", "33352"), read, "bob");

        assertThatThrownBy(() -> territories.save(territory(cpts, "33506"), read, "alice"))
                .isInstanceOf(TerritoryConflict.class)
                .hasMessageContaining("modifié par une autre personne");

        assertThat(territories.of(cpts).communes()).containsExactlyInAnyOrder(code("33227"), code("33352"));
        assertThat(territories.forEditing(cpts).updatedBy()).contains("bob");
    }

    @Test
    void twoFirstSavesOfTheSameTerritoryDoNotBothSucceed() {
        CptsId cpts = cpts("CPTS Test Premier");
        territories.save(territory(cpts, "33227"), 0, "alice");

        assertThatThrownBy(() -> territories.save(territory(cpts, "33352"), 0, "bob"))
                .isInstanceOf(TerritoryConflict.class);
        assertThat(territories.of(cpts).communes()).containsExactly(code("33227"));
    }

    @Test
    void overlapsNameEachSharedCommuneAndEveryOtherCptsHoldingItByCommuneName() {
        CptsId mine = cpts("CPTS Test Sud");
        CptsId north = cpts("CPTS Test Nord");
        CptsId east = cpts("CPTS Test Est");
        territories.save(territory(mine, "33227", "33352", "33506"), 0, "porteur");
        territories.save(territory(north, "33352", "33063"), 0, "porteur");
        territories.save(territory(east, "33352", "33227"), 0, "porteur");

        List<TerritoryOverlap> overlaps = territories.overlapsOf(mine);

        assertThat(overlaps)
                .extracting(TerritoryOverlap::communeName, TerritoryOverlap::otherCptsName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("La Réole", "CPTS Test Est"),
                        org.assertj.core.groups.Tuple.tuple("La Réole", "CPTS Test Nord"),
                        org.assertj.core.groups.Tuple.tuple("Langon", "CPTS Test Est"));
        assertThat(overlaps.get(0).otherCpts()).isEqualTo(east);
        assertThat(territories.overlapsOf(north))
                .extracting(TerritoryOverlap::commune)
                .containsExactly(code("33352"), code("33352"));
    }

    @Test
    void disjointTerritoriesHaveNoOverlap() {
        CptsId mine = cpts("CPTS Test Ouest");
        CptsId other = cpts("CPTS Test Autre");
        territories.save(territory(mine, "33227"), 0, "porteur");
        territories.save(territory(other, "33352"), 0, "porteur");

        assertThat(territories.overlapsOf(mine)).isEmpty();
    }

    @Test
    void coverageCountsTheCommunesAndPopulationNoTerritoryHoldsLargestFirst() {
        Integer communesOf971 = jdbc.queryForObject(
                "select count(*) from commune where departement_code = '971' and retired_in is null", Integer.class);
        Long populationOf971 = jdbc.queryForObject(
                "select sum(population) from commune where departement_code = '971' and retired_in is null",
                Long.class);
        Integer abymes = jdbc.queryForObject("select population from commune where code = '97101'", Integer.class);
        CptsId cpts = cpts("CPTS Test Guadeloupe", GUADELOUPE, "971");
        territories.save(territory(cpts, "97120", "97101"), 0, "porteur");

        List<DepartementCoverage> coverage = territories.coverageOf(GUADELOUPE, 3);

        assertThat(coverage).hasSize(1);
        DepartementCoverage guadeloupe = coverage.get(0);
        assertThat(guadeloupe.departement().name()).isEqualTo("Guadeloupe");
        assertThat(guadeloupe.communes()).isEqualTo(communesOf971);
        assertThat(guadeloupe.uncoveredCommunes()).isEqualTo(communesOf971 - 2);
        assertThat(guadeloupe.population()).isEqualTo(populationOf971);
        assertThat(guadeloupe.uncoveredPopulation()).isEqualTo(populationOf971 - 15_040 - abymes);
        assertThat(guadeloupe.largestUncovered())
                .hasSize(3)
                .extracting(Commune::code)
                .doesNotContain(code("97101"), code("97120"));
        assertThat(guadeloupe.largestUncovered().get(0).population().getAsInt())
                .isGreaterThanOrEqualTo(
                        guadeloupe.largestUncovered().get(1).population().getAsInt());
    }

    @Test
    void coverageListsEveryDepartementOfTheRegion() {
        List<DepartementCoverage> coverage = territories.coverageOf(NOUVELLE_AQUITAINE, 5);

        assertThat(coverage)
                .extracting(c -> c.departement().code())
                .containsExactly("16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87");
        assertThat(coverage).allSatisfy(c -> assertThat(c.largestUncovered()).hasSizeLessThanOrEqualTo(5));
    }

    private CptsId cpts(String name) {
        return cpts(name, NOUVELLE_AQUITAINE, "33");
    }

    private CptsId cpts(String name, RegionCode region, String departement) {
        CptsRecord record = records.create(name, region, new DepartementCode(departement), CptsStage.INITIATIVE);
        return record.id();
    }

    private static Territory territory(CptsId cpts, String... codes) {
        Set<InseeCode> communes = Arrays.stream(codes).map(InseeCode::new).collect(Collectors.toSet());
        return new Territory(cpts, communes);
    }

    private static InseeCode code(String value) {
        return new InseeCode(value);
    }
}
