package fr.cpts.funding.assistant;

import java.util.Objects;

/**
 * What a rule set grants for a derogation: the criterion it waives, whether someone must decide it (the caisse
 * director, after the medical service's opinion), the outcome in French, and its source.
 */
public record DerogationRule(
        Derogation derogation, EligibilityCriterion waives, boolean decisionRequired, String outcome, String source) {

    public DerogationRule {
        Objects.requireNonNull(derogation, "derogation");
        Objects.requireNonNull(waives, "waives");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(source, "source");
    }
}
