package fr.cpts.funding.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistantAmountsTest {

    private static final AssistantSubsidy SUBSIDY = AssistantSubsidy.withShippedRuleSets();
    private static final LocalDate SIGNED_2020 = LocalDate.of(2020, 3, 1);
    private static final LocalDate SIGNED_2024 = LocalDate.of(2024, 7, 1);

    @ParameterizedTest(name = "2019, {0}, année {1} → {2} €")
    @CsvSource({
        "THIRD, 1, 12000", "THIRD, 2, 9000", "THIRD, 3, 7000", "THIRD, 4, 7000", "THIRD, 5, 7000",
        "HALF, 1, 18000", "HALF, 2, 13500", "HALF, 3, 10500", "HALF, 4, 10500", "HALF, 5, 10500",
        "FULL, 1, 36000", "FULL, 2, 27000", "FULL, 3, 21000", "FULL, 4, 21000", "FULL, 5, 21000"
    })
    void reproducesEveryCellOfThe2019Table(AssistantOption option, int year, long euros) {
        Explanation amount = SUBSIDY.yearlyAmount(option, SIGNED_2020, year);
        assertThat(amount.amount()).isEqualTo(Money.euros(euros));
        assertThat(amount.provenance())
                .hasValueSatisfying(source -> assertThat(source.ruleSetName()).isEqualTo("Assistant médical 2019"));
    }

    @ParameterizedTest(name = "2024, {0}, année {1} → {2} €")
    @CsvSource({
        "HALF, 1, 19000", "HALF, 2, 14000", "HALF, 3, 11000", "HALF, 4, 11000", "HALF, 5, 11000",
        "FULL, 1, 38000", "FULL, 2, 28000", "FULL, 3, 22000", "FULL, 4, 22000", "FULL, 5, 22000"
    })
    void reproducesEveryCellOfThe2024Amounts(AssistantOption option, int year, long euros) {
        Explanation amount = SUBSIDY.yearlyAmount(option, SIGNED_2024, year);
        assertThat(amount.amount()).isEqualTo(Money.euros(euros));
        assertThat(amount.provenance())
                .hasValueSatisfying(source -> assertThat(source.ruleSetName()).isEqualTo("Assistant médical 2024"));
    }

    @Test
    void keepsTheYearThreeAmountForEveryLaterYear() {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, SIGNED_2024, 9).amount())
                .isEqualTo(Money.euros(11_000));
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, SIGNED_2024, 4).label())
                .isEqualTo(
                        "Aide à l'emploi d'un assistant médical, 1/2 temps, année 4 (montant de l'année 3 et des suivantes)");
    }

    @Test
    void listsTheAmountsOfTheFirstYears() {
        assertThat(SUBSIDY.yearlyAmounts(AssistantOption.FULL, SIGNED_2024, 3))
                .extracting(Explanation::amount)
                .containsExactly(Money.euros(38_000), Money.euros(28_000), Money.euros(22_000));
    }

    @ParameterizedTest(name = "signé le {0} → {1} €")
    @CsvSource({"2024-06-21, 18000", "2024-06-22, 19000"})
    void appliesThe2024AmountsToContractsSignedFrom22June2024(LocalDate signature, long euros) {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, signature, 1).amount())
                .isEqualTo(Money.euros(euros));
    }

    @Test
    void acceptsTheThirdOptionForAContractSignedTheDayBefore1May2023() {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.THIRD, LocalDate.of(2023, 4, 30), 1)
                        .amount())
                .isEqualTo(Money.euros(12_000));
    }

    @Test
    void refusesTheThirdOptionForAContractSignedFrom1May2023() {
        assertThatThrownBy(() -> SUBSIDY.yearlyAmount(AssistantOption.THIRD, LocalDate.of(2023, 5, 1), 1))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("L'option « 1/3 temps » est fermée aux contrats signés à partir du 01/05/2023 "
                        + "(« Assistant médical 2019 ») ; contrat signé le 01/05/2023.");
    }

    @Test
    void refusesTheThirdOptionToAContractSignedUnderThe2024RuleSet() {
        assertThatThrownBy(() -> SUBSIDY.yearlyAmount(AssistantOption.THIRD, LocalDate.of(2024, 6, 22), 1))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("L'option « 1/3 temps » est fermée aux contrats signés à partir du 01/05/2023 "
                        + "(« Assistant médical 2024 ») ; contrat signé le 22/06/2024.");
    }

    @ParameterizedTest(name = "1/2 temps signé le 01/09/2022, année {0} → {1} € (« {2} »)")
    @CsvSource({
        "1, 18000, Assistant médical 2019",
        "2, 13500, Assistant médical 2019",
        "3, 11000, Assistant médical 2024",
        "4, 11000, Assistant médical 2024",
        "5, 11000, Assistant médical 2024"
    })
    void revaluesARunningContractFromItsFirstAnniversaryAfter22June2024(int year, long euros, String ruleSet) {
        Explanation amount = SUBSIDY.yearlyAmount(AssistantOption.HALF, LocalDate.of(2022, 9, 1), year);
        assertThat(amount.amount()).isEqualTo(Money.euros(euros));
        assertThat(amount.provenance())
                .hasValueSatisfying(source -> assertThat(source.ruleSetName()).isEqualTo(ruleSet));
    }

    @Test
    void explainsTheRevaluationWithTheAnniversaryAndTheGridTheContractWasSignedUnder() {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, LocalDate.of(2022, 9, 1), 3)
                        .label())
                .isEqualTo("Aide à l'emploi d'un assistant médical, 1/2 temps, année 3, revalorisé à la date "
                        + "anniversaire du 01/09/2024 (contrat signé le 01/09/2022 sous « Assistant médical 2019 »)");
    }

    @ParameterizedTest(name = "signé le 21/06/2024, {0}, année {1} → {2} €")
    @CsvSource({
        "HALF, 1, 18000", "HALF, 2, 14000", "HALF, 3, 11000",
        "FULL, 1, 36000", "FULL, 2, 28000", "FULL, 3, 22000"
    })
    void paysTheDayBeforeTheConventionContractThe2019FirstYearThenThe2024Amounts(
            AssistantOption option, int year, long euros) {
        assertThat(SUBSIDY.yearlyAmount(option, LocalDate.of(2024, 6, 21), year).amount())
                .isEqualTo(Money.euros(euros));
    }

    @Test
    void keepsTheAnniversaryBefore22June2024OnThe2019Grid() {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, LocalDate.of(2022, 6, 21), 3)
                        .amount())
                .isEqualTo(Money.euros(10_500));
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, LocalDate.of(2022, 6, 21), 4)
                        .amount())
                .isEqualTo(Money.euros(11_000));
    }

    @ParameterizedTest(name = "1/3 temps signé le {0}, année {1} → {2} €")
    @CsvSource({
        "2023-04-30, 1, 12000",
        "2023-04-30, 2, 9000",
        "2023-04-30, 3, 7350",
        "2023-04-30, 5, 7350",
        "2022-01-15, 3, 7000",
        "2022-01-15, 4, 7350"
    })
    void keepsTheThirdOptionRunningWithItsRevaluedAmountsFromTheAnniversary(LocalDate signature, int year, long euros) {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.THIRD, signature, year).amount())
                .isEqualTo(Money.euros(euros));
    }

    @ParameterizedTest(name = "{0} signé le {1}, patientèle au P{2}, année {3} → {4} €")
    @CsvSource({
        "HALF, 2020-03-01, 89, 3, 10500",
        "HALF, 2020-03-01, 90, 2, 13500",
        "HALF, 2020-03-01, 90, 3, 12500",
        "HALF, 2020-03-01, 94, 4, 12500",
        "HALF, 2020-03-01, 95, 2, 18000",
        "HALF, 2020-03-01, 99, 3, 18000",
        "FULL, 2020-03-01, 92, 3, 25000",
        "FULL, 2020-03-01, 95, 3, 36000",
        "THIRD, 2020-03-01, 90, 3, 8350",
        "THIRD, 2020-03-01, 95, 3, 12000",
        "HALF, 2024-07-01, 90, 3, 13000",
        "HALF, 2024-07-01, 95, 2, 19000",
        "FULL, 2024-07-01, 94, 5, 26000",
        "FULL, 2024-07-01, 95, 3, 38000",
        "THIRD, 2023-04-30, 91, 3, 8767",
        "THIRD, 2023-04-30, 96, 3, 12600"
    })
    void paysTheRowsOfTheLargestPatientLists(
            AssistantOption option, LocalDate signature, int percentile, int year, long euros) {
        assertThat(SUBSIDY.yearlyAmount(option, signature, year, OptionalInt.of(percentile))
                        .amount())
                .isEqualTo(Money.euros(euros));
    }

    @Test
    void namesTheRowOfTheLargestPatientListsInTheExplanation() {
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, SIGNED_2024, 3, OptionalInt.of(92))
                        .label())
                .isEqualTo("Aide à l'emploi d'un assistant médical, 1/2 temps, année 3 (patientèle au 92e percentile : "
                        + "ligne « P90 à P94 », à partir de l'année 3)");
        assertThat(SUBSIDY.yearlyAmount(AssistantOption.HALF, SIGNED_2024, 2, OptionalInt.of(97))
                        .label())
                .isEqualTo("Aide à l'emploi d'un assistant médical, 1/2 temps, année 2 (patientèle au 97e percentile : "
                        + "ligne « P95 et plus », à partir de l'année 1)");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> AssistantOption.fromCode("QUARTER"))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Option d'assistant médical inconnue : « QUARTER ». Options possibles : THIRD (1/3 temps), "
                        + "HALF (1/2 temps), FULL (temps plein (1 ETP)).");
        assertThat(AssistantOption.fromCode("HALF")).isEqualTo(AssistantOption.HALF);
    }

    @Test
    void refusesASignatureBeforeTheFirstRuleSet() {
        assertThatThrownBy(() -> SUBSIDY.yearlyAmount(AssistantOption.HALF, LocalDate.of(2019, 1, 1), 1))
                .isInstanceOf(FundingRefusal.class)
                .hasMessageStartingWith("Aucun barème « assistant médical » n'est en vigueur le 01/01/2019");
    }

    @Test
    void warnsThatTheGroup2SpecialtiesAreUnknown() {
        assertThat(AssistantParametersReader.shippedRuleSets()
                        .ruleSets()
                        .all()
                        .get(0)
                        .warnings())
                .containsExactly(
                        "« Assistant médical 2019 » : spécialités du groupe 2 inconnu ([seed] « Groupe 2 : 10 spécialités médicales sur "
                                + "30 % des territoires les plus en difficulté » : liste non donnée par les sources) ; à renseigner par un "
                                + "administrateur.");
    }
}
