package fr.cpts.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void anInstantIsWrittenInParisTimeWinterAndSummer() {
        assertThat(FrenchDates.time(Instant.parse("2026-01-15T13:32:00Z"))).isEqualTo("14:32");
        assertThat(FrenchDates.time(Instant.parse("2026-07-15T12:32:00Z"))).isEqualTo("14:32");
        assertThat(FrenchDates.dayTime(Instant.parse("2026-12-31T23:05:00Z"))).isEqualTo("01/01/2027 à 00:05");
    }
}
