package fr.cpts.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Reading a day typed in a form: as a date field sends it, or as French people write it; nothing else. */
class FrenchDatesReadTest {

    @Test
    void aDayIsReadAsAFrenchPersonWritesItOrAsADateFieldSendsIt() {
        assertThat(FrenchDates.read(" 01/06/2027 ")).contains(LocalDate.of(2027, 6, 1));
        assertThat(FrenchDates.read("2027-06-01")).contains(LocalDate.of(2027, 6, 1));
    }

    @Test
    void aTextThatNamesNoDayIsNone() {
        assertThat(FrenchDates.read("31/02/2027")).isEmpty();
        assertThat(FrenchDates.read("1/6/2027")).isEmpty();
        assertThat(FrenchDates.read("+10000-01-01")).isEmpty();
        assertThat(FrenchDates.read(null)).isEmpty();
    }
}
