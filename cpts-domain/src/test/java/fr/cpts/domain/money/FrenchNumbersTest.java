package fr.cpts.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | 0",
                "640 | 640",
                "40000 | 40 000",
                "175001 | 175 001",
                "-5 | -5",
                "-40000 | -40 000",
                "1000000 | 1 000 000"
            })
    void groupsThousandsWithASpace(long value, String written) {
        assertThat(FrenchNumbers.format(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"12 500,50 | 12500.50", "12500.50 | 12500.50", "3 000 € | 3000", "-4,5 | -4.5", "0,25 | 0.25"})
    void readsDecimalsAsFrenchPeopleTypeThem(String typed, String value) {
        assertThat(FrenchNumbers.parse(typed)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"douze", "1,2,3", "12 500 ,5x", "''", "1e999999999", "1.5e308", "0x10"})
    void readsNothingFromAnUnreadableOrEmptyText(String typed) {
        assertThat(FrenchNumbers.parse(typed)).isNull();
    }
}
