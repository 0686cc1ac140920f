package fr.cpts.domain.assistant;

import java.util.List;
import java.util.Objects;

/**
 * What the eligibility check of the funding engine concluded for a request, in French: the rule set (barème)
 * applied and every criterion the doctor fails (empty when eligible). The engine decides; the request only refuses
 * to be filed or accepted while this list is not empty.
 */
public record EligibilityVerdict(String ruleSet, List<String> failedCriteria) {

    public EligibilityVerdict {
        Objects.requireNonNull(ruleSet, "barème");
        failedCriteria = List.copyOf(failedCriteria);
    }

    public boolean isEligible() {
        return failedCriteria.isEmpty();
    }
}
