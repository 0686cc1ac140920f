package fr.cpts.funding.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.ContractFixtures;
import fr.cpts.funding.explanation.Explanation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTest {

    @ParameterizedTest(name = "{0} patients en ALD sans MT → {1} €")
    @CsvSource({"0, 9000", "50, 9000", "51, 6000", "100, 6000", "101, 3000", "219, 3000", "220, 0"})
    void paysTheBestTierReachedWhenLowerIsBetter(String patients, long euros) {
        Explanation earned = ContractFixtures.aldPatientsWithoutDoctor()
                .earned(IndicatorResults.none().measured("ALD_SANS_MT", new BigDecimal(patients)));
        assertThat(earned.amount()).isEqualTo(Money.euros(euros));
    }

    @ParameterizedTest(name = "dépistage {0} % → {1} €")
    @CsvSource({"29.9, 0", "30, 1000", "39.99, 1000", "40, 2500", "49, 2500", "50, 3500", "80, 3500"})
    void paysTheBestTierReachedWhenHigherIsBetter(String rate, long euros) {
        Explanation earned = ContractFixtures.screeningRate()
                .earned(IndicatorResults.none().measured("DEPISTAGE", new BigDecimal(rate)));
        assertThat(earned.amount()).isEqualTo(Money.euros(euros));
    }

    @Test
    void explainsTheTierReached() {
        Explanation earned = ContractFixtures.aldPatientsWithoutDoctor()
                .earned(IndicatorResults.none().measured("ALD_SANS_MT", new BigDecimal("75")));
        assertThat(earned.arithmetic()).isEqualTo("résultat 75 ≤ 100 : palier « 51 à 100 » → 6 000,00 €");
        Explanation screening = ContractFixtures.screeningRate()
                .earned(IndicatorResults.none().measured("DEPISTAGE", new BigDecimal("42.5")));
        assertThat(screening.arithmetic()).isEqualTo("résultat 42,5 ≥ 40 : palier « intermédiaire » → 2 500,00 €");
    }

    @Test
    void paysNothingForAResultNotDeclared() {
        Explanation earned = ContractFixtures.screeningRate().earned(IndicatorResults.none());
        assertThat(earned.amount()).isEqualTo(Money.ZERO);
        assertThat(earned.arithmetic()).isEqualTo("résultat non déclaré → 0,00 €");
    }

    @Test
    void paysABinaryIndicatorOnlyWhenReached() {
        BinaryIndicator snp = ContractFixtures.binary("SNP", 41_000);
        assertThat(snp.earned(IndicatorResults.none().reached("SNP")).amount()).isEqualTo(Money.euros(41_000));
        Explanation missed = snp.earned(IndicatorResults.none());
        assertThat(missed.amount()).isEqualTo(Money.ZERO);
        assertThat(missed.arithmetic()).isEqualTo("objectif non atteint (atteint : 41 000,00 €) → 0,00 €");
    }

    @Test
    void tellsTheMostAnIndicatorCanEarn() {
        assertThat(ContractFixtures.aldPatientsWithoutDoctor().maximum()).isEqualTo(Money.euros(9_000));
        assertThat(ContractFixtures.screeningRate().maximum()).isEqualTo(Money.euros(3_500));
    }

    @Test
    void refusesATieredIndicatorWithoutTiers() {
        assertThatThrownBy(() -> new TieredIndicator("X", "Sans palier", Direction.HIGHER_IS_BETTER, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("L'indicateur « Sans palier » doit avoir au moins un palier.");
    }
}
