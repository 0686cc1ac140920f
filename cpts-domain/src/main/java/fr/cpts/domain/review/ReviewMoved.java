package fr.cpts.domain.review;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;

/**
 * The review moved as a whole: filed (again), sent back for corrections, a crisis recorded by the ARS, or closed by
 * the CPAM; the step says which, who, when and why.
 */
public record ReviewMoved(CptsId cpts, int contractYear, Step<ReviewMove, ReviewState> step)
        implements ReviewEvent, StepEvent<ReviewMove, ReviewState> {}
