package fr.cpts.funding.assistant;

import java.util.List;

/**
 * The answer to an eligibility request: every criterion not met (all of them, not only the first), and
 * warnings where the rule set lacks the data to decide.
 */
public record EligibilityResult(String ruleSetName, List<FailedCriterion> failures, List<String> warnings) {

    public EligibilityResult {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public boolean isEligible() {
        return failures.isEmpty();
    }
}
