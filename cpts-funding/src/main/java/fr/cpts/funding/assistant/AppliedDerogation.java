package fr.cpts.funding.assistant;

/**
 * A criterion the doctor does not meet but that a derogation waives: which one, why, and whether the derogation is
 * granted by the rules or awaits a decision.
 *
 * @param explanation the unmet criterion's reason followed by the derogation's outcome and source, in French
 */
public record AppliedDerogation(
        Derogation derogation, EligibilityCriterion waived, boolean decisionRequired, String explanation) {}
