package fr.cpts.funding.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciParameters;
import fr.cpts.funding.aci.AciParametersReader;
import fr.cpts.funding.assistant.AssistantParameters;
import fr.cpts.funding.assistant.AssistantParametersReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetSelectionTest {

    private static final RuleSets<AciParameters> ACI =
            AciParametersReader.shippedRuleSets().ruleSets();
    private static final RuleSets<AssistantParameters> ASSISTANT =
            AssistantParametersReader.shippedRuleSets().ruleSets();

    @ParameterizedTest
    @CsvSource({"2019-08-25, ACI 2019", "2022-03-30, ACI 2019", "2022-03-31, ACI avenant 2", "2030-01-01, ACI avenant 2"
    })
    void choosesTheAciRuleSetInForceOnTheDate(LocalDate date, String name) {
        assertThat(ACI.applicableOn(date).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({
        "2019-08-21, Assistant médical 2019",
        "2024-06-21, Assistant médical 2019",
        "2024-06-22, Assistant médical 2024",
        "2030-01-01, Assistant médical 2024"
    })
    void choosesTheMedicalAssistantRuleSetInForceOnTheDate(LocalDate date, String name) {
        assertThat(ASSISTANT.applicableOn(date).name()).isEqualTo(name);
    }

    @Test
    void refusesADateBeforeTheFirstAciRuleSet() {
        assertThatThrownBy(() -> ACI.applicableOn(LocalDate.of(2019, 8, 24)))
                .isInstanceOf(NoRuleSetInForce.class)
                .hasMessage("Aucun barème « ACI » n'est en vigueur le 24/08/2019 : le premier, « ACI 2019 », "
                        + "s'applique à partir du 25/08/2019.");
    }

    @Test
    void refusesADateBeforeTheFirstMedicalAssistantRuleSet() {
        assertThatThrownBy(() -> ASSISTANT.applicableOn(LocalDate.of(2019, 8, 20)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Aucun barème « assistant médical » n'est en vigueur le 20/08/2019 : le premier, "
                        + "« Assistant médical 2019 », s'applique à partir du 21/08/2019.");
    }

    @Test
    void refusesADateInAGapBetweenRuleSets() {
        RuleSets<AciParameters> withGap = new RuleSets<>(
                "ACI",
                ACI.all().stream()
                        .map(ruleSet -> ruleSet.name().equals("ACI 2019")
                                ? new RuleSet<>(
                                        ruleSet.name(),
                                        ruleSet.legalReference(),
                                        new EffectivePeriod(
                                                ruleSet.period().from(), Optional.of(LocalDate.of(2021, 12, 31))),
                                        ruleSet.parameters())
                                : ruleSet)
                        .toList());
        assertThatThrownBy(() -> withGap.applicableOn(LocalDate.of(2022, 1, 1)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Aucun barème « ACI » n'est en vigueur le 01/01/2022.");
    }

    @Test
    void refusesOverlappingRuleSets() {
        RuleSet<AciParameters> first = ACI.all().get(0);
        RuleSet<AciParameters> open = new RuleSet<>(
                "ACI ouverte",
                first.legalReference(),
                new EffectivePeriod(first.period().from(), Optional.empty()),
                first.parameters());
        assertThatThrownBy(() ->
                        new RuleSets<>("ACI", java.util.List.of(open, ACI.all().get(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Les barèmes « ACI ouverte » et « ACI avenant 2 » s'appliquent tous deux le 31/03/2022.");
    }

    @Test
    void carriesTheLegalReferenceAndPeriodOfEachRuleSet() {
        RuleSet<AciParameters> avenant = ACI.applicableOn(LocalDate.of(2023, 1, 1));
        assertThat(avenant.legalReference().date()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(avenant.legalReference().text()).startsWith("Avenant 2 à l'accord conventionnel interprofessionnel");
        assertThat(avenant.period()).isEqualTo(new EffectivePeriod(LocalDate.of(2022, 3, 31), Optional.empty()));
        assertThat(ASSISTANT.all())
                .extracting(RuleSet::name)
                .containsExactly("Assistant médical 2019", "Assistant médical 2024");
    }

    @Test
    void keepsASourceNoteForEveryValue() {
        ACI.all().forEach(ruleSet -> ruleSet.parameters().brackets().all().forEach(bracket -> {
            var amounts = ruleSet.parameters().amountsOf(bracket);
            assertThat(bracket.source()).isNotBlank();
            assertThat(java.util.List.of(amounts.functioning(), amounts.missionsMaximum(), amounts.totalMaximum()))
                    .allSatisfy(parameter -> assertThat(parameter.source()).isNotBlank());
        }));
    }
}
