package fr.cpts.funding.assistant;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The terms of one option in a rule set: the amount per contract year, the date from which the option is
 * closed to new contracts if any, and whether it is reserved to under-served zones (zones sous-denses).
 */
public record OptionTerms(
        AssistantOption option,
        List<YearlyAmount> yearlyAmounts,
        Optional<Parameter<LocalDate>> closedToContractsSignedFrom,
        Parameter<Boolean> underServedZoneOnly) {

    public OptionTerms {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(closedToContractsSignedFrom, "closedToContractsSignedFrom");
        Objects.requireNonNull(underServedZoneOnly, "underServedZoneOnly");
        yearlyAmounts = List.copyOf(yearlyAmounts);
        if (yearlyAmounts.isEmpty() || yearlyAmounts.get(0).fromYear() != 1) {
            throw new IllegalArgumentException("Option " + option + " : les montants doivent commencer à l'année 1.");
        }
        for (int i = 1; i < yearlyAmounts.size(); i++) {
            if (yearlyAmounts.get(i).fromYear() <= yearlyAmounts.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("Option " + option + " : les années doivent croître.");
            }
        }
    }

    /** The entry that applies to a contract year: the last one starting on or before it. */
    public YearlyAmount amountFor(int contractYear) {
        if (contractYear < 1) {
            throw new IllegalArgumentException("Une année de contrat commence à 1 : " + contractYear + ".");
        }
        return yearlyAmounts.stream()
                .filter(amount -> amount.fromYear() <= contractYear)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    List<Parameter<Money>> amountParameters() {
        return yearlyAmounts.stream().map(YearlyAmount::amount).toList();
    }
}
