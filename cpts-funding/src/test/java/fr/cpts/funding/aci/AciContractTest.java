package fr.cpts.funding.aci;

import static fr.cpts.funding.aci.ContractFixtures.binary;
import static fr.cpts.funding.aci.ContractFixtures.mission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AciContractTest {

    private static final LocalDate SIGNATURE = LocalDate.of(2020, 1, 1);

    @Test
    void refusesIndicatorsThatCouldEarnMoreThanTheNegotiatedVariablePart() {
        assertThatThrownBy(() ->
                        mission(Mission.PREVENTION, SIGNATURE, 10_000, 5_000, binary("A", 3_000), binary("B", 3_000)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage(
                        "Mission « Prévention » : les indicateurs peuvent rapporter 6 000,00 €, plus que la part variable "
                                + "négociée (5 000,00 €).");
    }

    @Test
    void refusesTheSameMissionTwice() {
        assertThatThrownBy(() -> new AciContract(
                        SIGNATURE,
                        50_000,
                        List.of(
                                mission(Mission.PARCOURS, SIGNATURE, 1, 0),
                                mission(Mission.PARCOURS, SIGNATURE, 2, 0))))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("La mission « Parcours pluriprofessionnels » figure deux fois au contrat.");
    }

    @Test
    void refusesAMissionStartingBeforeTheSignature() {
        assertThatThrownBy(() -> new AciContract(
                        SIGNATURE, 50_000, List.of(mission(Mission.PARCOURS, SIGNATURE.minusDays(1), 1, 0))))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage(
                        "La mission « Parcours pluriprofessionnels » ne peut pas démarrer le 31/12/2019, avant la signature "
                                + "du contrat le 01/01/2020.");
    }

    @Test
    void countsTheCrisisVariableEnvelopeInTheYearlyMaximumOnlyWhenDeclared() {
        MissionAgreement crisis = mission(Mission.CRISES_SANITAIRES, SIGNATURE, 22_500, 67_500);
        assertThat(crisis.yearlyMaximum(1, YearlyReview.of(ContractFixtures.allReached())))
                .isEqualTo(Money.euros(22_500));
        assertThat(crisis.yearlyMaximum(1, new YearlyReview(ContractFixtures.allReached(), true)))
                .isEqualTo(Money.euros(90_000));
        assertThat(mission(Mission.PREVENTION, SIGNATURE, 17_500, 17_500)
                        .yearlyMaximum(1, YearlyReview.of(ContractFixtures.allReached())))
                .isEqualTo(Money.euros(35_000));
    }
}
