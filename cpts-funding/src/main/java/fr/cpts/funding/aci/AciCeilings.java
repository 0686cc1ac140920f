package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.LegalReference;
import fr.cpts.funding.ruleset.Parameter;
import java.util.List;

/**
 * What the ACI grants a CPTS of a given population on a given date: its bracket (tranche), the
 * functioning amount and the ceilings, each possibly unknown, with the rule set's warnings.
 *
 * @param bracketsReading the boundary rule in French, to show next to the bracket
 * @param ruleSetWarnings unknown or contradictory values of the rule set, in French
 */
public record AciCeilings(
        String ruleSetName,
        LegalReference legalReference,
        PopulationBracket bracket,
        String bracketsReading,
        Parameter<Money> functioning,
        Parameter<Money> missionsMaximum,
        Parameter<Money> totalMaximum,
        List<String> ruleSetWarnings) {}
