package fr.cpts.funding.assistant;

import java.util.Objects;

/** An eligibility criterion the doctor does not meet, with the reason in French. */
public record FailedCriterion(EligibilityCriterion criterion, String reason) {

    public FailedCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(reason, "reason");
    }
}
