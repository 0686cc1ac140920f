package fr.cpts.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void givesItsComplement() {
        assertThat(Percentage.of(75).complement()).isEqualTo(Percentage.of(25));
    }

    @Test
    void refusesValuesOutsideZeroToHundred() {
        assertThatThrownBy(() -> Percentage.of(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Un pourcentage doit être compris entre 0 et 100 : 101.");
        assertThatThrownBy(() -> Percentage.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentage(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void writesItselfTheFrenchWay() {
        assertThat(Percentage.of(75)).hasToString("75 %");
        assertThat(new Percentage(new java.math.BigDecimal("12.5"))).hasToString("12,5 %");
    }
}
