package fr.cpts.funding.aci;

import fr.cpts.domain.money.Percentage;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSetParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parameter tables of an ACI rule set: population brackets, amounts per bracket, the advance
 * percentage of the payment schedule and the contract duration.
 */
public record AciParameters(
        PopulationBrackets brackets,
        Map<String, BracketAmounts> amountsByBracket,
        Parameter<Percentage> advance,
        Parameter<Long> contractYears)
        implements RuleSetParameters {

    public AciParameters {
        Objects.requireNonNull(brackets, "brackets");
        Objects.requireNonNull(advance, "advance");
        Objects.requireNonNull(contractYears, "contractYears");
        amountsByBracket = Map.copyOf(amountsByBracket);
        for (PopulationBracket bracket : brackets.all()) {
            if (!amountsByBracket.containsKey(bracket.code())) {
                throw new IllegalArgumentException("Montants manquants pour la tranche " + bracket.code() + ".");
            }
        }
    }

    public static AciParameters of(
            PopulationBrackets brackets,
            List<BracketAmounts> amounts,
            Parameter<Percentage> advance,
            Parameter<Long> contractYears) {
        return new AciParameters(
                brackets,
                amounts.stream().collect(Collectors.toMap(BracketAmounts::bracketCode, Function.identity())),
                advance,
                contractYears);
    }

    public BracketAmounts amountsOf(PopulationBracket bracket) {
        return amountsByBracket.get(bracket.code());
    }

    @Override
    public List<String> warnings(String ruleSetName) {
        return brackets.all().stream()
                .flatMap(bracket -> amountsOf(bracket).warnings(ruleSetName).stream())
                .toList();
    }
}
