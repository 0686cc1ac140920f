package fr.cpts.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indicator values read as French people type them, and written back the same way. */
class IndicatorValuesTest {

    @Test
    void readsFrenchDecimalsWithCommaSpacesOrDot() {
        assertThat(IndicatorValues.parse("12,5", "la valeur déclarée", "Taux")).isEqualByComparingTo("12.5");
        assertThat(IndicatorValues.parse(" 1 250,75 ", "la valeur déclarée", "Taux"))
                .isEqualByComparingTo("1250.75");
        assertThat(IndicatorValues.parse("1\u202F250", "la valeur déclarée", "Taux"))
                .isEqualByComparingTo("1250");
        assertThat(IndicatorValues.parse("36.2", "la valeur déclarée", "Taux")).isEqualByComparingTo("36.2");
        assertThat(IndicatorValues.parse("-3", "la valeur déclarée", "Taux")).isEqualByComparingTo("-3");
        assertThat(IndicatorValues.parse("   ", "la valeur déclarée", "Taux")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze", "1e3", "12,34567", "12345678901", "1,2,3", "12,", ",5", "0x10", "NaN", "--1"})
    void refusesWhatDoesNotReadAsADecimalTheReviewCanKeepNamingTheIndicator(String typed) {
        assertThatThrownBy(() -> IndicatorValues.parse(typed, "la valeur déclarée", "Taux de dépistage"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith(
                        "La valeur déclarée de l'indicateur « Taux de dépistage » n'est pas un nombre " + "lisible");
    }

    @Test
    void requiresAValueWhereOneIsNeeded() {
        assertThatThrownBy(() -> IndicatorValues.required("", "la valeur retenue", "Taux"))
                .hasMessage("La valeur retenue de l'indicateur « Taux » est obligatoire.");
    }

    @Test
    void refusesATextLongerThanItKeeps() {
        assertThat(IndicatorValues.text("  Source SNDS ", "le commentaire", "Taux"))
                .isEqualTo("Source SNDS");
        assertThat(IndicatorValues.text(" ", "le commentaire", "Taux")).isNull();
        assertThatThrownBy(() -> IndicatorValues.text("a".repeat(4_001), "le commentaire", "Taux"))
                .hasMessage("Le commentaire de l'indicateur « Taux » est trop long : 4 001 caractères, pour 4 000 au "
                        + "plus.");
    }

    @Test
    void writesValuesBackTheFrenchWayWithoutUselessZeros() {
        assertThat(IndicatorValues.shown(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(IndicatorValues.shown(new BigDecimal("1250.0000"))).isEqualTo("1 250");
        assertThat(IndicatorValues.shown(new BigDecimal("1E+3"))).isEqualTo("1 000");
        assertThat(IndicatorValues.shown(null)).isEmpty();
    }
}
