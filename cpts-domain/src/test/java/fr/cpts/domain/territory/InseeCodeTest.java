package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InseeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"33063", "01001", "2A004", "2B033", "97120", "97611", "98412"})
    void acceptsMetropolitanCorsicanAndOverseasCommunes(String code) {
        assertThatCode(() -> new InseeCode(code)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3306", "330630", "2C004", "2a004", "20A04", "ABCDE", " 33063", "2A0O4"})
    void refusesMalformedCodesWithAFrenchMessage(String code) {
        assertThatThrownBy(() -> new InseeCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Code INSEE de commune invalide");
    }

    @Test
    void readsATypedCodeIgnoringSpacesAndTheCaseOfCorsica() {
        assertThat(InseeCode.parse(" 2a004 ")).isEqualTo(new InseeCode("2A004"));
        assertThat(InseeCode.isValid("2b033")).isTrue();
        assertThat(InseeCode.isValid("Bordeaux")).isFalse();
        assertThat(InseeCode.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "33", "330", "33063", "2a", "2A0", "2B03", "971"})
    void recognisesTheBeginningOfACode(String text) {
        assertThat(InseeCode.isPrefix(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bordeaux", "2C", "330630", "A2", "33 063"})
    void doesNotTakeNamesForTheBeginningOfACode(String text) {
        assertThat(InseeCode.isPrefix(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"33063, false, 33", "2A004, false, 2A", "97120, true, 971", "97611, true, 976", "98412, true, 984"})
    void knowsOverseasCommunesAndTheirDepartement(String code, boolean overseas, String departement) {
        InseeCode insee = new InseeCode(code);

        assertThat(insee.isOverseas()).isEqualTo(overseas);
        assertThat(insee.departementPart()).isEqualTo(departement);
    }
}
