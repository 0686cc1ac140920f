package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a contract may receive in a year against the ceilings of its bracket (plafonds de la tranche).
 * The total possible is always binding. The missions maximum is binding too, except in a bracket whose
 * published amounts contradict each other (functioning + missions maximum ≠ total possible, as for T4 in
 * 2019): there exceeding it only warns, since the seed's own worked example does. An unknown ceiling
 * refuses nothing and warns that it could not be checked.
 */
final class CeilingCheck {

    private final RuleSet<AciParameters> ruleSet;
    private final PopulationBracket bracket;
    private final BracketAmounts amounts;

    CeilingCheck(RuleSet<AciParameters> ruleSet, PopulationBracket bracket) {
        this.ruleSet = ruleSet;
        this.bracket = bracket;
        this.amounts = ruleSet.parameters().amountsOf(bracket);
    }

    /** The warnings; throws {@link CeilingExceeded} naming every ceiling exceeded. */
    List<String> check(Money functioning, Money missions) {
        List<String> warnings = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        String ofBracket = " de la tranche " + bracket.code();
        String ofRuleSet = " « " + ruleSet.name() + " »";
        amounts.missionsMaximum()
                .value()
                .ifPresentOrElse(
                        maximum -> {
                            if (missions.isGreaterThan(maximum)) {
                                String exceeded = "Le montant annuel des missions (" + missions
                                        + ") dépasse le plafond des missions" + ofBracket + " (" + maximum + ")";
                                if (amounts.isConsistent()) {
                                    refusals.add(exceeded + " fixé par" + ofRuleSet + ".");
                                } else {
                                    warnings.add(exceeded + " de" + ofRuleSet
                                            + ", mais ce plafond contredit le total possible de la même "
                                            + "tranche : seul le total possible est appliqué.");
                                }
                            }
                        },
                        () -> warnings.add("Plafond des missions" + ofBracket + " inconnu dans" + ofRuleSet
                                + " : le montant annuel des missions (" + missions + ") n'a pas pu être vérifié."));
        Money total = functioning.plus(missions);
        amounts.totalMaximum()
                .value()
                .ifPresentOrElse(
                        maximum -> {
                            if (total.isGreaterThan(maximum)) {
                                refusals.add("Le financement annuel (fonctionnement " + functioning + " + missions "
                                        + missions + " = " + total + ") dépasse le total possible" + ofBracket + " ("
                                        + maximum + ") fixé par" + ofRuleSet + ".");
                            }
                        },
                        () -> warnings.add("Total possible" + ofBracket + " inconnu dans" + ofRuleSet
                                + " : le financement annuel (" + total + ") n'a pas pu être vérifié."));
        if (!refusals.isEmpty()) {
            throw new CeilingExceeded(refusals);
        }
        return warnings;
    }
}
