package fr.cpts.domain.review;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;

/** The CPTS declared a value (and comment) for one indicator; {@code before} is null for a first declaration. */
public record IndicatorDeclared(
        CptsId cpts,
        int contractYear,
        Step<ReviewMove, ReviewState> step,
        IndicatorDeclaration before,
        IndicatorDeclaration after)
        implements ReviewEvent, StepEvent<ReviewMove, ReviewState> {

    public String indicator() {
        return step.subject();
    }
}
