package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.LegalReference;
import fr.cpts.funding.ruleset.Parameter;
import java.util.List;
import java.util.Optional;

/**
 * What the ACI grants a CPTS of a given population on a given date: its bracket (tranche), the
 * functioning amount and the ceilings, each possibly unknown, the letter-of-intent lump sum when the rule set has
 * one (possibly unconfirmed), with the rule set's warnings.
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
        Optional<Parameter<Money>> letterOfIntentLumpSum,
        List<String> ruleSetWarnings) {}
