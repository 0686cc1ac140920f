package fr.cpts.funding.assistant;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The terms of one option in a rule set: the amount per contract year, the rows for the largest patient lists, the
 * date from which the option is closed to new contracts if any, and whether it is reserved to under-served zones
 * (zones sous-denses). An option still open to new contracts has an amount from year 1; a closed one may list only
 * the later years it pays to running contracts (the 1/3 option, revalued in 2024 from year 2).
 */
public record OptionTerms(
        AssistantOption option,
        List<YearlyAmount> yearlyAmounts,
        List<PatientListRow> patientListRows,
        Optional<Parameter<LocalDate>> closedToContractsSignedFrom,
        Parameter<Boolean> underServedZoneOnly) {

    public OptionTerms {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(closedToContractsSignedFrom, "closedToContractsSignedFrom");
        Objects.requireNonNull(underServedZoneOnly, "underServedZoneOnly");
        yearlyAmounts = List.copyOf(yearlyAmounts);
        patientListRows = List.copyOf(patientListRows);
        if (yearlyAmounts.isEmpty()
                || (closedToContractsSignedFrom.isEmpty()
                        && yearlyAmounts.get(0).fromYear() != 1)) {
            throw new IllegalArgumentException("Option " + option + " : les montants doivent commencer à l'année 1.");
        }
        for (int i = 1; i < yearlyAmounts.size(); i++) {
            if (yearlyAmounts.get(i).fromYear() <= yearlyAmounts.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("Option " + option + " : les années doivent croître.");
            }
        }
    }

    /**
     * The amount of a contract year: the row of the largest patient lists the doctor's percentile reaches, if any,
     * else the last standard entry starting on or before the year; empty when this grid pays nothing for that year.
     *
     * @param patientListPercentile the national percentile of the doctor's patient list, empty when not declared
     */
    Optional<GridAmount> amountFor(int contractYear, OptionalInt patientListPercentile) {
        if (contractYear < 1) {
            throw new IllegalArgumentException("Une année de contrat commence à 1 : " + contractYear + ".");
        }
        Optional<PatientListRow> largeList = patientListPercentile.isEmpty()
                ? Optional.empty()
                : patientListRows.stream()
                        .filter(row -> row.appliesTo(contractYear, patientListPercentile.getAsInt()))
                        .max(Comparator.comparingInt(PatientListRow::fromPercentile));
        if (largeList.isPresent()) {
            PatientListRow row = largeList.get();
            OptionalInt nextRow = patientListRows.stream()
                    .mapToInt(PatientListRow::fromPercentile)
                    .filter(percentile -> percentile > row.fromPercentile())
                    .min();
            String band = nextRow.isPresent()
                    ? "P" + row.fromPercentile() + " à P" + (nextRow.getAsInt() - 1)
                    : "P" + row.fromPercentile() + " et plus";
            return Optional.of(new GridAmount(
                    row.amount(),
                    "patientèle au " + patientListPercentile.getAsInt() + "e percentile : ligne « " + band
                            + " », à partir de l'année " + row.fromYear()));
        }
        return yearlyAmounts.stream()
                .filter(amount -> amount.fromYear() <= contractYear)
                .reduce((first, second) -> second)
                .map(amount -> new GridAmount(
                        amount.amount(),
                        contractYear > amount.fromYear()
                                ? "montant de l'année " + amount.fromYear() + " et des suivantes"
                                : ""));
    }

    List<Parameter<Money>> amountParameters() {
        return Stream.concat(
                        yearlyAmounts.stream().map(YearlyAmount::amount),
                        patientListRows.stream().map(PatientListRow::amount))
                .toList();
    }
}
