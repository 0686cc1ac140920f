package fr.cpts.funding.contract;

import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.PopulationBracket;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the check of draft terms found: every refusal and warning in French (no refusal = the terms are accepted), and
 * the bracket and ceilings it used (absent when no rule set is in force on the signature date).
 */
public record ContractCheckResult(List<String> refusals, List<String> warnings, Optional<AciCeilings> ceilings) {

    public ContractCheckResult {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(ceilings, "ceilings");
    }

    /** True when nothing is refused (warnings may remain). */
    public boolean accepted() {
        return refusals.isEmpty();
    }

    /** The bracket of the population under the rule set in force at signature. */
    public Optional<PopulationBracket> bracket() {
        return ceilings.map(AciCeilings::bracket);
    }

    /** Throws a {@link FundingRefusal} carrying every refusal, if any. */
    public void requireAccepted() {
        if (!refusals.isEmpty()) {
            throw new FundingRefusal(refusals);
        }
    }
}
