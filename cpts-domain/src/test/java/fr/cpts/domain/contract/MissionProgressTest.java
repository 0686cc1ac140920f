package fr.cpts.domain.contract;

import static fr.cpts.domain.contract.ContractFixtures.activeContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the CPTS reports of its missions, and the dates of the contract in force that need attention: computed from
 * the contract's dates (accès 15/07/2025 → 15/07/2026, parcours 15/01/2026 → 15/01/2027, prévention 01/09/2025 →
 * 30/06/2026, crises 01/03/2025 → 15/01/2026) and what was reported, on a given day.
 */
class MissionProgressTest {

    private static final LocalDate SIGNED_ON = ContractFixtures.SIGNED_ON;

    @Test
    void aMissionCannotBeFullyDeployedBeforeItStartedNorWithoutStarting() {
        assertThatThrownBy(() -> new MissionProgress(Mission.PREVENTION, null, LocalDate.of(2025, 10, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("sans date de démarrage");
        assertThatThrownBy(() ->
                        new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 30)))
                .hasMessageContaining("avant d'avoir démarré (01/10/2025)");
    }

    @Test
    void theCaisseChecksAReportedStartOnceAndANewStartDayNeedsANewCheck() {
        LocalDate started = LocalDate.of(2025, 10, 1);
        MissionProgress checked =
                new MissionProgress(Mission.PREVENTION, started, null).startChecked(LocalDate.of(2025, 10, 5));

        assertThat(MissionStart.of(plannedPrevention(), checked))
                .isEqualTo(new MissionStart(Mission.PREVENTION, started, StartBasis.CHECKED));
        assertThat(checked.reported(started, LocalDate.of(2026, 1, 10)).startCheckedOn())
                .isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(checked.reported(started.plusDays(1), null).startCheckedOn()).isNull();
        assertThatThrownBy(() -> checked.startChecked(LocalDate.of(2025, 10, 6)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("a déjà été vérifié le 05/10/2025");
        assertThatThrownBy(() -> MissionProgress.none(Mission.PREVENTION).startChecked(LocalDate.of(2025, 10, 6)))
                .hasMessageContaining("n'a pas de démarrage déclaré par la CPTS");
    }

    @Test
    void aMissionStartsForItsPaymentsOnThePlannedDayUntilTheCptsReportsOne() {
        ContractMission planned = plannedPrevention();

        assertThat(MissionStart.of(planned, MissionProgress.none(Mission.PREVENTION))
                        .describe())
                .isEqualTo("démarrage prévisionnel le 01/09/2025");
        assertThat(MissionStart.of(planned, new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 9, 20), null))
                        .describe())
                .isEqualTo("démarrage le 20/09/2025 (déclaré par la CPTS, à vérifier par la caisse)");
    }

    private static ContractMission plannedPrevention() {
        return ContractFixtures.signedContract()
                .terms()
                .mission(Mission.PREVENTION)
                .orElseThrow();
    }

    @Test
    void progressIsReportedOnceItHappenedAndAfterTheSignature() {
        MissionProgress future = new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 10, 2), null);
        MissionProgress early = new MissionProgress(Mission.PREVENTION, SIGNED_ON.minusDays(1), null);

        assertThatThrownBy(() -> future.reportedOn(LocalDate.of(2025, 10, 1)))
                .hasMessageContaining("le 02/10/2025 est dans le futur");
        assertThat(future.reportedOn(LocalDate.of(2025, 10, 2))).isEqualTo(future);
        assertThatThrownBy(() -> early.notBefore(SIGNED_ON)).hasMessageContaining("avant la signature du contrat");
    }

    @Test
    void aMissionNotStartedAfterItsStartDateIsFlaggedOverdueFirst() {
        SignedContract contract = activeContract().active().orElseThrow();
        LocalDate on = LocalDate.of(2025, 9, 4);

        List<MissionDeadlineFlag> flags = MissionDeadlineFlag.of(
                contract,
                Map.of(
                        Mission.CRISES_SANITAIRES,
                        new MissionProgress(Mission.CRISES_SANITAIRES, LocalDate.of(2025, 3, 1), null)),
                on);

        // accès: start due 15/07/2025, 51 days late; prévention: due 01/09/2025, 3 days late; crises started
        assertThat(flags)
                .extracting(MissionDeadlineFlag::label)
                .containsExactly(
                        "Accès aux soins (médecin traitant et soins non programmés) : démarrage en retard de 51 jours",
                        "Prévention : démarrage en retard de 3 jours");
        assertThat(flags).allMatch(MissionDeadlineFlag::overdue);
    }

    @Test
    void aDateWithinThirtyDaysIsFlaggedDueSoonAndADoneOneIsNot() {
        SignedContract contract = activeContract().active().orElseThrow();
        Map<Mission, MissionProgress> progress = Map.of(
                Mission.ACCES_SOINS, new MissionProgress(Mission.ACCES_SOINS, LocalDate.of(2025, 7, 1), null),
                Mission.PREVENTION, new MissionProgress(Mission.PREVENTION, LocalDate.of(2025, 8, 20), null),
                Mission.CRISES_SANITAIRES,
                        new MissionProgress(
                                Mission.CRISES_SANITAIRES, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 10)));

        List<MissionDeadlineFlag> flags = MissionDeadlineFlag.of(contract, progress, LocalDate.of(2025, 12, 16));

        assertThat(flags)
                .extracting(MissionDeadlineFlag::label)
                .containsExactly("Parcours pluriprofessionnels : démarrage à échéance dans 30 jours");
        assertThat(MissionStatus.of(contract, progress, LocalDate.of(2026, 1, 10)))
                .filteredOn(status -> status.mission() == Mission.CRISES_SANITAIRES)
                .singleElement()
                .satisfies(status -> assertThat(status.deployment().label()).isEqualTo("réalisé le 10/12/2025"));
    }
}
