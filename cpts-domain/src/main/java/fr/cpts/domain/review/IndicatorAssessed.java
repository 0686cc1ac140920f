package fr.cpts.domain.review;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;

/**
 * The CPAM accepted or adjusted the value of one indicator (the step's move says which, the reason of an
 * adjustment); {@code before} is the assessment it replaces, null for a first one.
 */
public record IndicatorAssessed(
        CptsId cpts,
        int contractYear,
        Step<ReviewMove, ReviewState> step,
        IndicatorAssessment before,
        IndicatorAssessment after)
        implements ReviewEvent, StepEvent<ReviewMove, ReviewState> {

    public String indicator() {
        return step.subject();
    }
}
