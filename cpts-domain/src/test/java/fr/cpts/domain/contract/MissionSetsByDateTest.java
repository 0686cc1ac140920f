package fr.cpts.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The set of missions socle by signature date: three under the ACI of 2019, the crisis mission added for running
 * contracts from 03/09/2022 with its deadlines counted from that day; four from the signature under avenant 2.
 */
class MissionSetsByDateTest {

    private static final LocalDate SIGNED_2021 = LocalDate.of(2021, 6, 1);

    @Test
    void aContractSignedUnderTheAciOf2019HoldsThreeMissionsSocleFromItsSignature() {
        MissionDeadlines deadlines = MissionDeadlines.forSignatureOn(SIGNED_2021);

        assertThat(deadlines).isEqualTo(MissionDeadlines.aci2019());
        assertThat(deadlines.compulsoryAtSignature(SIGNED_2021))
                .containsExactlyInAnyOrder(Mission.ACCES_SOINS, Mission.PARCOURS, Mission.PREVENTION);
        assertThat(deadlines.source()).contains("03/09/2022", "à vérifier au JORF");
    }

    @Test
    void theCrisisMissionOfARunningContractHasItsDeadlinesCountedFromTheThirdOfSeptember2022() {
        MissionDueDates due = MissionDeadlines.aci2019()
                .dueDates(Mission.CRISES_SANITAIRES, SIGNED_2021)
                .orElseThrow();

        assertThat(due.startBy()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(due.fullyDeployedBy()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(MissionDeadlines.aci2019()
                        .of(Mission.CRISES_SANITAIRES)
                        .orElseThrow()
                        .describe())
                .isEqualTo("démarrage au plus tard 6 mois et déploiement complet au plus tard 18 mois après le "
                        + "03/09/2022 pour un contrat signé avant cette date");
    }

    @Test
    void aContractSignedFromAvenant2HoldsTheFourMissionsSocleFromItsSignature() {
        assertThat(MissionDeadlines.forSignatureOn(MissionDeadlines.AVENANT_2_FROM))
                .isEqualTo(MissionDeadlines.aciWithAvenant2());
        assertThat(MissionDeadlines.aciWithAvenant2().compulsoryAtSignature(MissionDeadlines.AVENANT_2_FROM))
                .containsExactlyInAnyOrder(
                        Mission.ACCES_SOINS, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES_SANITAIRES);
    }

    @Test
    void aContractOf2021IsDraftedWithoutTheCrisisMissionWhichCanOnlyStartFromItsDay() {
        AciContractDraft draft = draft2021(threeMissions2021());
        assertThat(draft.terms().mission(Mission.CRISES_SANITAIRES)).isEmpty();

        assertThatThrownBy(() -> draft2021(withCrisis(LocalDate.of(2022, 1, 10), LocalDate.of(2023, 1, 10))))
                .isInstanceOf(DomainException.class)
                .hasMessage("La mission « Réponse aux crises sanitaires graves » s'applique à un contrat signé le "
                        + "01/06/2021 à compter du 03/09/2022 : elle ne peut pas démarrer le 10/01/2022.");
        assertThatThrownBy(() -> draft2021(withCrisis(LocalDate.of(2023, 3, 4), LocalDate.of(2024, 1, 10))))
                .hasMessageContaining("doit démarrer au plus tard 6 mois après le 03/09/2022, soit le 03/03/2023");
        assertThat(draft2021(withCrisis(LocalDate.of(2022, 10, 1), LocalDate.of(2024, 3, 3)))
                        .terms()
                        .mission(Mission.CRISES_SANITAIRES))
                .isPresent();
    }

    @Test
    void aRunningContractOf2021WithoutTheCrisisMissionIsFlaggedOnceItsDeadlinePassed() {
        AciContract contract =
                AciContract.draft(new CptsId(9), SIGNED_2021, SIGNED_2021, terms2021(threeMissions2021()), set2021());
        Instant now = Instant.parse("2021-06-01T09:00:00Z");
        contract.sign(ContractFixtures.PORTEUR, now);
        contract.sign(ContractFixtures.ARS, now.plusSeconds(60));
        contract.sign(ContractFixtures.CPAM, now.plusSeconds(120));
        SignedContract signed = contract.active().orElseThrow();

        assertThat(MissionDeadlineFlag.of(signed, Map.of(), LocalDate.of(2022, 9, 3)))
                .extracting(MissionDeadlineFlag::mission)
                .doesNotContain(Mission.CRISES_SANITAIRES);
        assertThat(MissionDeadlineFlag.of(signed, Map.of(), LocalDate.of(2023, 4, 1)))
                .extracting(MissionDeadlineFlag::label)
                .contains("Réponse aux crises sanitaires graves : démarrage en retard de 29 jours");
    }

    private static AciContractDraft draft2021(List<ContractMission> missions) {
        return AciContractDraft.first(new CptsId(9), SIGNED_2021, SIGNED_2021, terms2021(missions), set2021());
    }

    private static MissionDeadlines set2021() {
        return MissionDeadlines.forSignatureOn(SIGNED_2021);
    }

    private static ContractTerms terms2021(List<ContractMission> missions) {
        return new ContractTerms("T2", 60_000, missions);
    }

    private static List<ContractMission> withCrisis(LocalDate start, LocalDate deployed) {
        List<ContractMission> missions = new ArrayList<>(threeMissions2021());
        missions.add(new ContractMission(Mission.CRISES_SANITAIRES, start, deployed, Money.euros(20_000), List.of()));
        return missions;
    }

    private static List<ContractMission> threeMissions2021() {
        return List.of(
                mission(Mission.ACCES_SOINS, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 6, 1)),
                mission(Mission.PARCOURS, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 1)),
                mission(Mission.PREVENTION, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 1)));
    }

    private static ContractMission mission(Mission mission, LocalDate start, LocalDate deployed) {
        return new ContractMission(mission, start, deployed, Money.euros(20_000), List.of());
    }
}
