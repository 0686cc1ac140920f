package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSetParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parameter tables of a medical-assistant rule set: the options it offers, whether its amounts also apply to
 * contracts signed before it from their next anniversary, the eligibility data and the doctor's commitments.
 */
public record AssistantParameters(
        Map<AssistantOption, OptionTerms> options,
        Parameter<Boolean> revaluesRunningContracts,
        EligibilityRules eligibility,
        CommitmentRules commitments)
        implements RuleSetParameters {

    public AssistantParameters {
        options = Map.copyOf(options);
        Objects.requireNonNull(revaluesRunningContracts, "revaluesRunningContracts");
        Objects.requireNonNull(eligibility, "eligibility");
        Objects.requireNonNull(commitments, "commitments");
    }

    public static AssistantParameters of(
            List<OptionTerms> options,
            Parameter<Boolean> revaluesRunningContracts,
            EligibilityRules eligibility,
            CommitmentRules commitments) {
        return new AssistantParameters(
                options.stream().collect(Collectors.toMap(OptionTerms::option, Function.identity())),
                revaluesRunningContracts,
                eligibility,
                commitments);
    }

    /** The terms of an option, empty when this rule set does not offer it. */
    public Optional<OptionTerms> termsOf(AssistantOption option) {
        return Optional.ofNullable(options.get(option));
    }

    @Override
    public List<String> warnings(String ruleSetName) {
        Stream<Parameter<?>> amounts = options.values().stream().flatMap(terms -> terms.amountParameters().stream());
        return Stream.of(
                        amounts,
                        Stream.of(revaluesRunningContracts),
                        eligibility.parameters().stream(),
                        commitments.parameters().stream())
                .flatMap(parameters -> parameters)
                .filter(parameter -> !parameter.isKnown())
                .map(parameter -> "« " + ruleSetName + " » : " + parameter.name() + " inconnu (" + parameter.source()
                        + ") ; à renseigner par un administrateur.")
                .toList();
    }
}
