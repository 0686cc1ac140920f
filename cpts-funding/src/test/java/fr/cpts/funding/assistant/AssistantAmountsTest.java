package fr.cpts.funding.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
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
    void refusesTheThirdOptionUnderThe2024RuleSetThatNoLongerOffersIt() {
        assertThatThrownBy(() -> SUBSIDY.yearlyAmount(AssistantOption.THIRD, LocalDate.of(2024, 6, 22), 1))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage(
                        "L'option « 1/3 temps » n'est pas proposée par « Assistant médical 2024 », en vigueur pour un "
                                + "contrat signé le 22/06/2024.");
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
