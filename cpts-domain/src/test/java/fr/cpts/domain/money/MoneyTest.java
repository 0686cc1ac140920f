package fr.cpts.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void keepsTwoDecimals() {
        assertThat(Money.euros(90_000).amount()).isEqualByComparingTo("90000").hasScaleOf(2);
        assertThat(Money.of("12.5").amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @ParameterizedTest
    @CsvSource({"0.005, 0.01", "0.004, 0.00", "1.015, 1.02", "1.014, 1.01"})
    void roundsHalfUpToTheCent(String written, String rounded) {
        assertThat(Money.of(written).amount()).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void refusesNullAndNegativeAmounts() {
        assertThatThrownBy(() -> new Money(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Un montant est obligatoire.");
        assertThatThrownBy(() -> Money.of("-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Un montant ne peut pas être négatif : -1 €.");
        assertThatThrownBy(() -> Money.euros(1).plus(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void addsAndSubtracts() {
        assertThat(Money.euros(90_000).plus(Money.of("0.01"))).isEqualTo(Money.of("90000.01"));
        assertThat(Money.euros(49_315).minus(Money.of("36986.30"))).isEqualTo(Money.of("12328.70"));
    }

    @Test
    void refusesASubtractionBelowZero() {
        assertThatThrownBy(() -> Money.euros(1).minus(Money.euros(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesAPercentage() {
        assertThat(Money.euros(90_000).times(Percentage.of(75))).isEqualTo(Money.euros(67_500));
        assertThat(Money.of("49315.07").times(Percentage.of(75))).isEqualTo(Money.of("36986.30"));
    }

    @Test
    void proratesByDaysWithOneRounding() {
        assertThat(Money.euros(90_000).prorata(200, 365)).isEqualTo(Money.of("49315.07"));
        assertThat(Money.euros(90_000).prorata(365, 365)).isEqualTo(Money.euros(90_000));
        assertThat(Money.euros(90_000).prorata(0, 365)).isEqualTo(Money.ZERO);
    }

    @Test
    void refusesAProrataOutsideZeroToOne() {
        assertThatThrownBy(() -> Money.euros(1).prorata(366, 365)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros(1).prorata(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.euros(1).prorata(-1, 365)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "90000 | 90 000,00 €",
                "36986.3 | 36 986,30 €",
                "0.5 | 0,50 €",
                "1234567.89 | 1 234 567,89 €",
                "999 | 999,00 €"
            })
    void writesAmountsTheFrenchWay(String amount, String written) {
        assertThat(Money.of(amount)).hasToString(written);
    }

    @Test
    void comparesAmounts() {
        assertThat(Money.euros(2).isGreaterThan(Money.euros(1))).isTrue();
        assertThat(Money.euros(1).isGreaterThan(Money.euros(1))).isFalse();
        assertThat(Money.of("1.0")).isEqualTo(Money.of("1.00"));
    }
}
