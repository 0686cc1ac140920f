package fr.cpts.funding.aci;

import fr.cpts.funding.ruleset.LegalReference;
import fr.cpts.funding.schedule.PaymentSchedule;
import java.util.List;

/**
 * The money of one ACI contract year: the rule set and bracket applied, the warnings of the ceiling check,
 * and the dated payments, each explained.
 */
public record ContractYearSimulation(
        String ruleSetName,
        LegalReference legalReference,
        PopulationBracket bracket,
        List<String> warnings,
        PaymentSchedule schedule) {

    public ContractYearSimulation {
        warnings = List.copyOf(warnings);
    }
}
