package fr.cpts.persistence.cpts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.cpts.ListedCpts;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CPTS directory on a real PostgreSQL: scope, région, département, stage and part of the name filtered in SQL,
 * by name, with the names of the région and département and the counts by stage.
 */
@PersistenceTest
class JdbcCptsListTest {

    /** Mayotte (976, région 06): no other test puts a CPTS there. */
    private static final RegionCode MAYOTTE = new RegionCode("06");

    private static final DepartementCode MAYOTTE_DEPARTEMENT = new DepartementCode("976");

    @Autowired
    CptsList list;

    @Autowired
    CptsRecords records;

    private String tag;
    private CptsRecord north;
    private CptsRecord south;

    @BeforeEach
    void twoCptsInMayotte() {
        tag = "M" + System.nanoTime();
        north = records.create("CPTS " + tag + " Nord 100%_vrai", MAYOTTE, MAYOTTE_DEPARTEMENT, CptsStage.INITIATIVE);
        south = records.create("CPTS " + tag + " Sud", MAYOTTE, MAYOTTE_DEPARTEMENT, CptsStage.CONTRAT_ACI);
    }

    @Test
    void listsTheCptsOfAllFranceNarrowedByRegionByNameWithTheNamesOfTheirTerritories() {
        var page =
                list.listed(new AccessScope.National(), new CptsFilter(MAYOTTE, null, null, tag), PageRequest.first());

        assertThat(page.rows()).extracting(row -> row.cpts().id()).containsExactly(north.id(), south.id());
        assertThat(page.rows().get(0).regionName()).isEqualTo("Mayotte");
        assertThat(page.rows().get(0).departementName()).isEqualTo("Mayotte");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void narrowsByStageAndTakesThePercentAndUnderscoreOfANameLiterally() {
        assertThat(list.listed(
                                new AccessScope.National(),
                                new CptsFilter(null, MAYOTTE_DEPARTEMENT, CptsStage.CONTRAT_ACI, tag),
                                PageRequest.first())
                        .rows())
                .extracting(ListedCpts::cpts)
                .containsExactly(south);
        assertThat(list.listed(
                                new AccessScope.National(),
                                new CptsFilter(null, null, null, "100%_"),
                                PageRequest.first())
                        .rows())
                .extracting(ListedCpts::cpts)
                .contains(north)
                .doesNotContain(south);
        assertThat(list.listed(
                                new AccessScope.National(),
                                new CptsFilter(null, null, null, tag + " N_rd"),
                                PageRequest.first())
                        .rows())
                .isEmpty();
    }

    @Test
    void countsByStageEveryStagePresentAndKeepsToTheScope() {
        var counts = list.countByStage(new AccessScope.National(), new CptsFilter(MAYOTTE, null, null, tag));

        assertThat(counts).containsEntry(CptsStage.INITIATIVE, 1L).containsEntry(CptsStage.CONTRAT_ACI, 1L);
        assertThat(counts).containsEntry(CptsStage.REVUE_ANNUELLE, 0L).hasSize(CptsStage.values().length);
        assertThat(list.listed(
                                new AccessScope.Departements(Set.of(new DepartementCode("33"))),
                                new CptsFilter(null, null, null, tag),
                                PageRequest.first())
                        .rows())
                .isEmpty();
        assertThat(list.regions()).containsEntry("06", "Mayotte").containsEntry("75", "Nouvelle-Aquitaine");
    }
}
