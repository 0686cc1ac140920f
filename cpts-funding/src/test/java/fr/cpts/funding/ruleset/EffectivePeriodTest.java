package fr.cpts.funding.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectivePeriodTest {

    private final EffectivePeriod aci2019 =
            new EffectivePeriod(LocalDate.of(2019, 8, 25), Optional.of(LocalDate.of(2022, 3, 30)));

    @Test
    void includesItsFirstAndLastDays() {
        assertThat(aci2019.contains(LocalDate.of(2019, 8, 24))).isFalse();
        assertThat(aci2019.contains(LocalDate.of(2019, 8, 25))).isTrue();
        assertThat(aci2019.contains(LocalDate.of(2022, 3, 30))).isTrue();
        assertThat(aci2019.contains(LocalDate.of(2022, 3, 31))).isFalse();
    }

    @Test
    void anOpenPeriodNeverEnds() {
        assertThat(new EffectivePeriod(LocalDate.of(2022, 3, 31), Optional.empty()).contains(LocalDate.of(2100, 1, 1)))
                .isTrue();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new EffectivePeriod(LocalDate.of(2022, 1, 2), Optional.of(LocalDate.of(2022, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
