package fr.cpts.funding.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[public] Avenant 2, article 3 | Avenant 2, article 3",
                "[public, 2 sources] ameli, « Les CPTS » | ameli, « Les CPTS »",
                "[seed]   Tableau de l'ACI | Tableau de l'ACI",
                "Arrêté du 21 août 2019 | Arrêté du 21 août 2019",
                "[sans fin | [sans fin"
            })
    void thePublicReadsTheSourceWithoutItsQualityTag(String source, String reference) {
        assertThat(new Parameter<>("plafond", Optional.empty(), source).reference())
                .isEqualTo(reference);
    }
}
