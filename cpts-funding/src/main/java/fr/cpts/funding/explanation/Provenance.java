package fr.cpts.funding.explanation;

import java.util.Objects;

/** Where a value comes from: the rule set (or the contract), the parameter and the legal text. */
public record Provenance(String ruleSetName, String parameterName, String legalReference) {

    public Provenance {
        Objects.requireNonNull(ruleSetName, "ruleSetName");
        Objects.requireNonNull(parameterName, "parameterName");
        Objects.requireNonNull(legalReference, "legalReference");
    }

    @Override
    public String toString() {
        return "« " + ruleSetName + " », " + parameterName + " (" + legalReference + ")";
    }
}
