package fr.cpts.funding.assistant;

import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.assistant.CommitmentOutcome.State;
import fr.cpts.funding.assistant.CommitmentRules.MissedCommitmentRule;
import fr.cpts.funding.assistant.CommitmentRules.Modulation;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSetSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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

    /**
     * Why the commitment recorded does not fit the option under the rule set in force on the signature date (its
     * increase outside the option's range); empty when it fits or the rule set sets no range for the option.
     */
    public Optional<String> commitmentRefusal(
            AssistantOption option, LocalDate signatureDate, PatientListCommitment commitment) {
        RuleSet<AssistantParameters> ruleSet = ruleSetOn(signatureDate);
        return ruleSet.parameters().commitments().rangeOf(option).flatMap(range -> {
            long minimum = ruleSet.require(range.minimum(), "L'augmentation minimale de patientèle");
            long maximum = ruleSet.require(range.maximum(), "L'augmentation maximale de patientèle");
            int promised = commitment.increasePercent();
            return promised < minimum || promised > maximum
                    ? Optional.of("Engagement du médecin : l'option « " + option.label() + " » engage à augmenter la "
                            + "patientèle de " + minimum + " % à " + maximum + " % (« " + ruleSet.name() + " », "
                            + range.maximum().source() + ") ; la demande indique " + promised + " %.")
                    : Optional.empty();
        });
    }

    /**
     * Where the doctor's commitment stands for one contract year and the year's aid that follows: in full before the
     * year the commitment applies from, or once the declared list reaches the promised one; when it does not, the
     * aid the rule set's configurable rule gives, « à confirmer » while no text confirms that rule.
     *
     * @param declared the patient list declared for the year, empty until declared
     */
    public CommitmentOutcome commitmentOutcome(
            AssistantOption option,
            LocalDate signatureDate,
            int contractYear,
            OptionalInt patientListPercentile,
            Optional<PatientListCommitment> commitment,
            OptionalLong declared) {
        Explanation aid = yearlyAmount(option, signatureDate, contractYear, patientListPercentile);
        RuleSet<AssistantParameters> ruleSet = ruleSetOn(signatureDate);
        CommitmentRules rules = ruleSet.parameters().commitments();
        long fromYear = ruleSet.require(rules.fromYear(), "L'année à partir de laquelle l'engagement s'applique");
        OptionalLong target = commitment.map(c -> OptionalLong.of(c.target())).orElse(OptionalLong.empty());
        if (contractYear < fromYear) {
            return new CommitmentOutcome(contractYear, State.NOT_YET_DUE, target, declared, aid, aid, false);
        }
        if (commitment.isEmpty()) {
            return new CommitmentOutcome(contractYear, State.NOT_RECORDED, target, declared, aid, aid, true);
        }
        if (declared.isEmpty()) {
            return new CommitmentOutcome(contractYear, State.AWAITING_DECLARATION, target, declared, aid, aid, false);
        }
        if (declared.getAsLong() >= target.getAsLong()) {
            return new CommitmentOutcome(contractYear, State.MET, target, declared, aid, aid, false);
        }
        long promised = target.getAsLong() - commitment.get().initialPatients();
        long reached = Math.max(0, declared.getAsLong() - commitment.get().initialPatients());
        MissedCommitmentRule missed = rules.missed();
        Money modulated = missed.rule() == Modulation.NONE_PAID || promised == 0
                ? Money.ZERO
                : aid.amount().prorata(reached, promised);
        String arithmetic = missed.rule() == Modulation.NONE_PAID || promised == 0
                ? "aucune aide pour l'année → " + modulated
                : aid.amount() + " × " + reached + " / " + promised + " patients de l'augmentation promise = "
                        + modulated;
        Explanation amount = Explanation.computed(
                "Aide de l'année " + contractYear + " modulée" + (missed.confirmed() ? "" : " (à confirmer)")
                        + " : engagement non tenu, " + FrenchNumbers.format(declared.getAsLong())
                        + " patients déclarés pour " + FrenchNumbers.format(target.getAsLong()) + " promis",
                modulated,
                arithmetic + " ; règle « " + missed.rule().label() + " » (" + missed.source() + ")",
                List.of(aid));
        return new CommitmentOutcome(contractYear, State.MISSED, target, declared, aid, amount, !missed.confirmed());
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
