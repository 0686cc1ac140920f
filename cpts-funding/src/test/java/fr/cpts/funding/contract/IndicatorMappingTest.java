package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.ALD;
import static fr.cpts.funding.contract.ContractExamples.SCREENING;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.binary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.MissionAgreement;
import fr.cpts.funding.indicator.BinaryIndicator;
import fr.cpts.funding.indicator.Direction;
import fr.cpts.funding.indicator.IndicatorResults;
import fr.cpts.funding.indicator.Tier;
import fr.cpts.funding.indicator.TieredIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorMappingTest {

    private static final Indicator SNP_RATE = binary("SNP", "40", "60", 5_000);
    private static final Indicator EMERGENCY_VISITS = binary("Passages aux urgences évitables", "1200", "1000", 4_000);

    @Test
    void aTargetAboveTheBaselineMeansHigherIsBetter() {
        assertThat(IndicatorMapping.directionOf(SNP_RATE)).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void aTargetBelowTheBaselineMeansLowerIsBetter() {
        assertThat(IndicatorMapping.directionOf(EMERGENCY_VISITS)).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void aTargetEqualToTheBaselineMeansHigherIsBetter() {
        assertThat(IndicatorMapping.directionOf(binary("Stable", "12", "12", 1_000)))
                .isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @ParameterizedTest(name = "SNP {0} % (cible 60 %, à la hausse) → atteint : {1}")
    @CsvSource({"59.99, false", "60, true", "75, true"})
    void reachesAHigherIsBetterTargetAtOrAboveIt(String value, boolean reached) {
        assertThat(IndicatorMapping.reachesTarget(SNP_RATE, new BigDecimal(value)))
                .isEqualTo(reached);
    }

    @ParameterizedTest(name = "{0} passages (cible 1 000, à la baisse) → atteint : {1}")
    @CsvSource({"1001, false", "1000, true", "980, true"})
    void reachesALowerIsBetterTargetAtOrBelowIt(String value, boolean reached) {
        assertThat(IndicatorMapping.reachesTarget(EMERGENCY_VISITS, new BigDecimal(value)))
                .isEqualTo(reached);
    }

    @Test
    void mapsABinaryIndicatorByNameAndMarksItReachedOnlyWhenItsValueReachesTheTarget() {
        assertThat(IndicatorMapping.toEngine(EMERGENCY_VISITS))
                .isEqualTo(new BinaryIndicator(
                        "Passages aux urgences évitables", "Passages aux urgences évitables", Money.euros(4_000)));

        IndicatorResults reached = IndicatorMapping.results(
                List.of(SNP_RATE, EMERGENCY_VISITS),
                Map.of("SNP", new BigDecimal("61"), "Passages aux urgences évitables", new BigDecimal("1100")));

        assertThat(reached.reachedObjectives()).containsExactly("SNP");
        assertThat(IndicatorMapping.toEngine(SNP_RATE).earned(reached).amount()).isEqualTo(Money.euros(5_000));
        assertThat(IndicatorMapping.toEngine(EMERGENCY_VISITS).earned(reached).amount())
                .isEqualTo(Money.ZERO);
    }

    @Test
    void mapsATieredIndicatorWithItsThresholdsAsGivenAndTheDirectionOfItsTarget() {
        Indicator ald = ContractExamples.missions().get(0).indicators().get(0);

        TieredIndicator mapped = (TieredIndicator) IndicatorMapping.toEngine(ald);

        assertThat(mapped.code()).isEqualTo(ALD);
        assertThat(mapped.label()).isEqualTo(ALD);
        assertThat(mapped.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(mapped.tiers())
                .extracting(Tier::name, Tier::threshold, Tier::amount)
                .containsExactly(
                        tuple("101 à 219", new BigDecimal("219"), Money.euros(3_000)),
                        tuple("51 à 100", new BigDecimal("100"), Money.euros(6_000)),
                        tuple("50 ou moins", new BigDecimal("50"), Money.euros(9_000)));
    }

    @ParameterizedTest(name = "dépistage {0} % → {1} €")
    @CsvSource({"29.9, 0", "30, 1000", "34.99, 1000", "35, 2500", "36.2, 2500", "40, 3500", "55, 3500"})
    void selectsTheBestTierTheValueReaches(String value, long euros) {
        Indicator screening = ContractExamples.missions().get(2).indicators().get(0);
        IndicatorResults results =
                IndicatorMapping.results(List.of(screening), Map.of(SCREENING, new BigDecimal(value)));
        assertThat(IndicatorMapping.toEngine(screening).earned(results).amount())
                .isEqualTo(Money.euros(euros));
    }

    @Test
    void givesAMissionAVariablePartEqualToTheSumOfItsIndicatorsMaxima() {
        ContractMission access = ContractExamples.missions().get(0);

        MissionAgreement agreement = ContractMapping.toEngine(access);

        assertThat(agreement.mission()).isEqualTo(Mission.ACCES_SOINS);
        assertThat(agreement.startDate()).isEqualTo(SIGNED_ON);
        assertThat(agreement.fixedPart()).isEqualTo(Money.euros(50_000));
        assertThat(agreement.variablePart()).isEqualTo(Money.euros(14_000));
        assertThat(agreement.indicators()).hasSize(2);
    }

    @Test
    void mapsTheWholeContractWithItsSignatureDateAndPopulation() {
        AciContract contract = ContractMapping.toEngine(
                ContractExamples.terms(), SIGNED_ON, 60_000, MissionStarts.planned(ContractExamples.terms()));

        assertThat(contract.signatureDate()).isEqualTo(SIGNED_ON);
        assertThat(contract.population()).isEqualTo(60_000);
        assertThat(contract.missions())
                .extracting(MissionAgreement::mission, MissionAgreement::variablePart)
                .containsExactly(
                        tuple(Mission.ACCES_SOINS, Money.euros(14_000)),
                        tuple(Mission.PARCOURS, Money.euros(10_000)),
                        tuple(Mission.PREVENTION, Money.euros(3_500)),
                        tuple(Mission.CRISES_SANITAIRES, Money.euros(20_000)));
    }
}
