package fr.cpts.funding.assistant;

import java.util.List;

/**
 * The answer to an eligibility request: every criterion not met (all of them, not only the first), the criteria
 * a derogation waives, each explained, and warnings where the rule set lacks the data to decide.
 */
public record EligibilityResult(
        String ruleSetName,
        List<FailedCriterion> failures,
        List<AppliedDerogation> derogations,
        List<String> warnings) {

    public EligibilityResult {
        failures = List.copyOf(failures);
        derogations = List.copyOf(derogations);
        warnings = List.copyOf(warnings);
    }

    /** No criterion fails, derogations included (one awaiting a decision leaves the doctor eligible subject to it). */
    public boolean isEligible() {
        return failures.isEmpty();
    }

    /** A derogation awaits the caisse director's decision. */
    public boolean awaitsDecision() {
        return derogations.stream().anyMatch(AppliedDerogation::decisionRequired);
    }
}
