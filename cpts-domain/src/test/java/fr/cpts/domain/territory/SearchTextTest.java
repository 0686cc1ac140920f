package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Saint-Étienne", "SAINT-ÉTIENNE", "saint etienne", "  Saint   Etienne ", "saint–étienne"})
    void readsANameWhateverItsAccentsCaseHyphensAndSpaces(String typed) {
        assertThat(SearchText.normalise(typed)).isEqualTo("saint etienne");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "L'Haÿ-les-Roses|l hay les roses",
                "L’Île-d’Yeu|l ile d yeu",
                "Pointe-à-Pitre|pointe a pitre",
                "Œuilly|oeuilly",
                "Cœuvres-et-Valsery|coeuvres et valsery",
                "Bors (Canton de Charente-Sud)|bors canton de charente sud",
                "Îles Éparses de l'océan Indien|iles eparses de l ocean indien"
            })
    void stripsDiacriticsOpensLigaturesAndReadsPunctuationAsSpaces(String name, String expected) {
        assertThat(SearchText.normalise(name)).isEqualTo(expected);
    }

    @Test
    void leavesNothingSearchableOfBlankOrPunctuation() {
        assertThat(SearchText.normalise(null)).isEmpty();
        assertThat(SearchText.normalise("  ")).isEmpty();
        assertThat(SearchText.normalise("-'%_")).isEmpty();
    }
}
