package fr.cpts.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.contract.ContractList;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officers' contract list on a real PostgreSQL: sorted on the earliest deadline the CPTS has not met, which the
 * database keeps with each signature and progress report; late first, then due within 30 days, then the others.
 */
@PersistenceTest
class JdbcContractListTest {

    /** A département no other test uses: Cantal, in Auvergne-Rhône-Alpes. */
    private static final DepartementCode CANTAL = new DepartementCode("15");

    @Autowired
    ContractList list;

    @Autowired
    Contracts contracts;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    private CptsId late;
    private CptsId almostDone;
    private CptsId draftOnly;

    @BeforeEach
    void threeContractsInCantal() {
        late = cpts("B en retard");
        contracts.save(ContractSamples.signed(late), 0);
        almostDone = cpts("A presque tout");
        contracts.save(ContractSamples.signed(almostDone), 0);
        for (Mission mission : Mission.values()) {
            if (mission != Mission.PARCOURS && mission.kind() == MissionKind.CORE) {
                contracts.saveProgress(
                        almostDone, new MissionProgress(mission, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)));
            }
        }
        contracts.saveProgress(almostDone, new MissionProgress(Mission.PARCOURS, LocalDate.of(2026, 1, 15), null));
        draftOnly = cpts("C brouillon");
        contracts.save(ContractSamples.draft(draftOnly), 0);
    }

    @Test
    void theDatabaseKeepsTheEarliestUnmetDeadlineOfTheContractInForce() {
        assertThat(nextDeadline(late)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(nextDeadline(almostDone)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(nextDeadline(draftOnly)).isNull();
    }

    @Test
    void listsTheLateFirstThenTheOthersByName() {
        assertThat(list.withContract(
                                new AccessScope.Departements(Set.of(CANTAL)),
                                LocalDate.of(2025, 6, 1),
                                PageRequest.first())
                        .rows())
                .extracting(CptsRecord::id)
                .containsExactly(late, almostDone, draftOnly);
    }

    @Test
    void aDeadlineDueWithinThirtyDaysComesBeforeTheContractsWithNothingToWatch() {
        var page = list.withContract(
                new AccessScope.Departements(Set.of(CANTAL)), LocalDate.of(2026, 12, 20), PageRequest.of(1, 2));

        assertThat(page.rows()).extracting(CptsRecord::id).containsExactly(late, almostDone);
        assertThat(page.total()).isEqualTo(3);
        assertThat(list.withContract(
                                new AccessScope.Region(new RegionCode("11")),
                                LocalDate.of(2026, 12, 20),
                                PageRequest.first())
                        .rows())
                .extracting(CptsRecord::id)
                .doesNotContain(late, almostDone, draftOnly);
    }

    private LocalDate nextDeadline(CptsId cpts) {
        return jdbc.queryForObject(
                "select next_unmet_deadline from aci_contract where cpts_id = ?", LocalDate.class, cpts.value());
    }

    private CptsId cpts(String name) {
        return records.create("CPTS Cantal " + name + " " + System.nanoTime(), new RegionCode("84"), CANTAL)
                .id();
    }
}
