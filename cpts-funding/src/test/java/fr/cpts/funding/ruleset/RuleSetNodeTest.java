package fr.cpts.funding.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RuleSetNodeTest {

    private static RuleSetNode node(String json) {
        return new RuleSetNode(JsonMapper.builder().build().readTree(json), "essai.json");
    }

    @Test
    void readsAKnownAmountAsExactDecimal() {
        Parameter<Money> parameter = node("{\"f\": {\"value\": \"131250.00\", \"source\": \"avenant 2\"}}")
                .parameter("f", "fonctionnement T3", RuleSetNode::money);
        assertThat(parameter)
                .isEqualTo(new Parameter<>("fonctionnement T3", Optional.of(Money.euros(131_250)), "avenant 2"));
    }

    @Test
    void readsAnUnknownAmountAsUnknownNotZero() {
        Parameter<Money> parameter = node("{\"f\": {\"unknown\": true, \"source\": \"non trouvé\"}}")
                .parameter("f", "plafond des missions T1", RuleSetNode::money);
        assertThat(parameter.isKnown()).isFalse();
        assertThat(parameter.value()).isEmpty();
    }

    @Test
    void refusesAValueBothKnownAndUnknown() {
        assertThatThrownBy(() -> node("{\"f\": {\"value\": \"1.00\", \"unknown\": true, \"source\": \"s\"}}")
                        .parameter("f", "p", RuleSetNode::money))
                .hasMessage(
                        "Fichier de barème « essai.json » invalide : champ « f » : soit \"value\", soit \"unknown\": true.");
    }

    @Test
    void refusesAValueWithoutSourceNote() {
        assertThatThrownBy(() -> node("{\"f\": {\"value\": \"1.00\"}}").parameter("f", "p", RuleSetNode::money))
                .hasMessage("Fichier de barème « essai.json » invalide : champ « source » : texte attendu.");
    }

    @Test
    void refusesAnAmountWrittenAsABinaryNumber() {
        assertThatThrownBy(() ->
                        node("{\"f\": {\"value\": 1.5, \"source\": \"s\"}}").parameter("f", "p", RuleSetNode::money))
                .hasMessage("Fichier de barème « essai.json » invalide : champ « value » : texte attendu.");
    }

    @Test
    void refusesAMalformedDate() {
        assertThatThrownBy(() -> node("{\"d\": \"31/03/2022\"}").date("d"))
                .hasMessage(
                        "Fichier de barème « essai.json » invalide : champ « d » : date attendue au format AAAA-MM-JJ.");
    }
}
