package fr.cpts.domain.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The CPAM's assessment of one indicator (constat de l'indicateur): the value it retains, and, when it adjusts the
 * declared value, why.
 */
public record IndicatorAssessment(AssessmentDecision decision, BigDecimal retainedValue, String reason) {

    public IndicatorAssessment {
        Objects.requireNonNull(decision, "décision");
        Objects.requireNonNull(retainedValue, "valeur retenue");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if ((decision == AssessmentDecision.ADJUSTED) != (reason != null)) {
            throw new IllegalArgumentException("Un ajustement, et lui seul, porte un motif");
        }
    }

    public static IndicatorAssessment accepted(BigDecimal declared) {
        return new IndicatorAssessment(AssessmentDecision.ACCEPTED, declared, null);
    }

    public static IndicatorAssessment adjusted(BigDecimal value, String reason) {
        return new IndicatorAssessment(AssessmentDecision.ADJUSTED, value, reason);
    }
}
