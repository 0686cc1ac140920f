package fr.cpts.funding.aci;

import fr.cpts.domain.money.Percentage;
import fr.cpts.funding.ruleset.Parameter;
import fr.cpts.funding.ruleset.RuleSetParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The parameter tables of an ACI rule set: population brackets, amounts per bracket, the advance
 * percentage of the payment schedule, the contract duration, and, for an avenant that raised the functioning
 * amounts, the last signature date of the contracts owed the difference for the years paid before it
 * ({@code complementForContractsSignedBy}, empty when the rule set owes none).
 */
public record AciParameters(
        PopulationBrackets brackets,
        Map<String, BracketAmounts> amountsByBracket,
        Parameter<Percentage> advance,
        Parameter<Long> contractYears,
        Optional<Parameter<LocalDate>> complementForContractsSignedBy)
        implements RuleSetParameters {

    public AciParameters {
        Objects.requireNonNull(complementForContractsSignedBy, "complementForContractsSignedBy");
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
            Parameter<Long> contractYears,
            Optional<Parameter<LocalDate>> complementForContractsSignedBy) {
        return new AciParameters(
                brackets,
                amounts.stream().collect(Collectors.toMap(BracketAmounts::bracketCode, Function.identity())),
                advance,
                contractYears,
                complementForContractsSignedBy);
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
