package fr.cpts.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.RegionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A FIR range as the administrator types it: each field refused with its name. */
class SeedGrantRangeTest {

    private static final RegionCode REGION = new RegionCode("75");
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    @Test
    void aRangeWithItsSourceAndDateIsKeptAsTyped() {
        SeedGrantRange range =
                SeedGrantRange.typed(REGION, Money.euros(15_000), Money.euros(60_000), " Instruction ARS ", FROM);

        assertThat(range.source()).isEqualTo("Instruction ARS");
        assertThat(range.contains(Money.euros(60_000))).isTrue();
        assertThat(range.contains(Money.euros(60_001))).isFalse();
    }

    @Test
    void aMaximumBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> SeedGrantRange.typed(REGION, Money.euros(20_000), Money.euros(10_000), "Texte", FROM))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Maximum :");
    }

    @Test
    void aRangeWithoutSourceOrDateIsRefused() {
        assertThatThrownBy(() -> SeedGrantRange.typed(REGION, Money.euros(1), Money.euros(2), " ", FROM))
                .hasMessageStartingWith("Source :");
        assertThatThrownBy(() -> SeedGrantRange.typed(REGION, Money.euros(1), Money.euros(2), "Texte", null))
                .hasMessageStartingWith("Date d'effet :");
        assertThatThrownBy(() -> SeedGrantRange.typed(REGION, null, Money.euros(2), "Texte", FROM))
                .hasMessageStartingWith("Minimum :");
    }
}
