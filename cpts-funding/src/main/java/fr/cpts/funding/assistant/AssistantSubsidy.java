package fr.cpts.funding.assistant;

import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSetSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Entry point for the medical-assistant subsidy (aide à l'emploi d'un assistant médical): the amount of each
 * contract year, on the grid in force at the year's start when a later convention revalues running contracts, and
 * the eligibility of a doctor, under the rule set in force on the contract's signature date.
 */
public final class AssistantSubsidy {

    private final RuleSetSource<AssistantParameters> source;

    public AssistantSubsidy(RuleSetSource<AssistantParameters> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The subsidy on the rule sets shipped with the application. */
    public static AssistantSubsidy withShippedRuleSets() {
        return new AssistantSubsidy(AssistantParametersReader.shippedRuleSets());
    }

    /** The amount for one contract year (1, 2, 3…) of a doctor whose patient-list percentile is not declared. */
    public Explanation yearlyAmount(AssistantOption option, LocalDate signatureDate, int contractYear) {
        return yearlyAmount(option, signatureDate, contractYear, OptionalInt.empty());
    }

    /**
     * The amount for one contract year (1, 2, 3…); refused when the option is closed or not offered on the signature
     * date. The grid is the one in force at the year's start (the contract's anniversary) when that rule set revalues
     * running contracts (the 2024 convention: « l'augmentation a lieu à la date anniversaire du contrat »), else the
     * one in force on the signature date.
     *
     * @param patientListPercentile the national percentile of the doctor's patient list, for the rows of the largest
     *     lists (P90 to P94, P95 and above); empty when not declared
     */
    public Explanation yearlyAmount(
            AssistantOption option, LocalDate signatureDate, int contractYear, OptionalInt patientListPercentile) {
        RuleSet<AssistantParameters> signed = ruleSetOn(signatureDate);
        optionClosedReason(signed, option, signatureDate).ifPresent(reason -> {
            throw new FundingRefusal(reason);
        });
        LocalDate yearStart = signatureDate.plusYears(contractYear - 1L);
        RuleSet<AssistantParameters> atAnniversary = ruleSetOn(yearStart);
        Optional<GridAmount> revalued = atAnniversary.name().equals(signed.name())
                        || !atAnniversary
                                .parameters()
                                .revaluesRunningContracts()
                                .value()
                                .orElse(false)
                ? Optional.empty()
                : atAnniversary
                        .parameters()
                        .termsOf(option)
                        .flatMap(terms -> terms.amountFor(contractYear, patientListPercentile));
        RuleSet<AssistantParameters> grid = revalued.isPresent() ? atAnniversary : signed;
        GridAmount amount = revalued.or(() -> signed.parameters()
                        .termsOf(option)
                        .flatMap(terms -> terms.amountFor(contractYear, patientListPercentile)))
                .orElseThrow();
        String row = amount.row().isEmpty() ? "" : " (" + amount.row() + ")";
        String revaluation = revalued.isPresent()
                ? ", revalorisé à la date anniversaire du " + FrenchDates.day(yearStart) + " (contrat signé le "
                        + FrenchDates.day(signatureDate) + " sous « " + signed.name() + " »)"
                : "";
        return grid.explain(
                amount.amount(),
                "Aide à l'emploi d'un assistant médical, " + option.label() + ", année " + contractYear + row
                        + revaluation);
    }

    /** The amounts of years 1 to {@code years}. */
    public List<Explanation> yearlyAmounts(AssistantOption option, LocalDate signatureDate, int years) {
        return yearlyAmounts(option, signatureDate, years, OptionalInt.empty());
    }

    /** The amounts of years 1 to {@code years} for a doctor at this patient-list percentile. */
    public List<Explanation> yearlyAmounts(
            AssistantOption option, LocalDate signatureDate, int years, OptionalInt patientListPercentile) {
        return IntStream.rangeClosed(1, years)
                .mapToObj(year -> yearlyAmount(option, signatureDate, year, patientListPercentile))
                .toList();
    }

    /** Every criterion the doctor fails for this option and signature date, each with its French reason. */
    public EligibilityResult checkEligibility(DoctorProfile doctor, AssistantOption option, LocalDate signatureDate) {
        Objects.requireNonNull(doctor, "doctor");
        RuleSet<AssistantParameters> ruleSet = ruleSetOn(signatureDate);
        return new EligibilityCheck(ruleSet).check(doctor, option, optionClosedReason(ruleSet, option, signatureDate));
    }

    private RuleSet<AssistantParameters> ruleSetOn(LocalDate signatureDate) {
        return source.ruleSets().applicableOn(Objects.requireNonNull(signatureDate, "signatureDate"));
    }

    private static Optional<String> optionClosedReason(
            RuleSet<AssistantParameters> ruleSet, AssistantOption option, LocalDate signatureDate) {
        Objects.requireNonNull(option, "option");
        Optional<OptionTerms> terms = ruleSet.parameters().termsOf(option);
        if (terms.isEmpty()) {
            return Optional.of("L'option « " + option.label() + " » n'est pas proposée par « " + ruleSet.name()
                    + " », en vigueur pour un contrat signé le " + FrenchDates.day(signatureDate) + ".");
        }
        return terms.get()
                .closedToContractsSignedFrom()
                .flatMap(Parameter::value)
                .filter(closing -> !signatureDate.isBefore(closing))
                .map(closing -> "L'option « " + option.label() + " » est fermée aux contrats signés à partir du "
                        + FrenchDates.day(closing) + " (« " + ruleSet.name() + " ») ; contrat signé le "
                        + FrenchDates.day(signatureDate) + ".");
    }
}
