package fr.cpts.funding.aci;

import fr.cpts.funding.ruleset.ClasspathRuleSetSource;
import fr.cpts.funding.ruleset.ParametersReader;
import fr.cpts.funding.ruleset.RuleSetNode;
import fr.cpts.funding.ruleset.RuleSetSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the {@code parameters} of an ACI rule-set file (format described in the module README). */
public final class AciParametersReader implements ParametersReader<AciParameters> {

    /** Family name of the ACI rule sets in {@code index.json}. */
    public static final String FAMILY = "aci";

    /** The ACI rule sets shipped on the classpath. */
    public static RuleSetSource<AciParameters> shippedRuleSets() {
        return new ClasspathRuleSetSource<>(FAMILY, new AciParametersReader());
    }

    @Override
    public AciParameters read(RuleSetNode parameters) {
        List<RuleSetNode> rows = parameters.objects("brackets");
        PopulationBrackets brackets = PopulationBrackets.fromUpperLimits(rows.stream()
                .map(row -> new PopulationBrackets.UpperLimit(
                        row.text("code"),
                        row.has("upperBound") ? OptionalLong.of(row.wholeNumber("upperBound")) : OptionalLong.empty(),
                        row.has("upperBound") && row.flag("upperBoundIncluded"),
                        row.text("boundsSource")))
                .toList());
        List<BracketAmounts> amounts = rows.stream()
                .map(row -> {
                    String code = row.text("code");
                    return new BracketAmounts(
                            code,
                            row.parameter("functioning", "fonctionnement " + code, RuleSetNode::money),
                            row.parameter("missionsMaximum", "plafond des missions " + code, RuleSetNode::money),
                            row.parameter("totalMaximum", "total possible " + code, RuleSetNode::money),
                            row.has("letterOfIntentLumpSum")
                                    ? Optional.of(row.parameter(
                                            "letterOfIntentLumpSum",
                                            "forfait à la validation de la lettre d'intention " + code,
                                            RuleSetNode::money))
                                    : Optional.empty());
                })
                .toList();
        return AciParameters.of(
                brackets,
                amounts,
                parameters.parameter("advance", "avance", RuleSetNode::percentage),
                parameters.parameter("contractYears", "durée du contrat en années", RuleSetNode::wholeNumber),
                parameters.has("complementForContractsSignedBy")
                        ? Optional.of(parameters.parameter(
                                "complementForContractsSignedBy",
                                "complément de fonctionnement dû aux contrats signés au plus tard ce jour",
                                RuleSetNode::date))
                        : Optional.empty());
    }
}
