package fr.cpts.funding.ruleset;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import java.util.List;
import java.util.Objects;

/** A versioned set of funding rules (barème) with its legal reference, its period of application and its parameters. */
public record RuleSet<P extends RuleSetParameters>(
        String name, LegalReference legalReference, EffectivePeriod period, P parameters) {

    public RuleSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Unknown or contradictory values an administrator should look at, computed from the data. */
    public List<String> warnings() {
        return parameters.warnings(name);
    }

    /** Where a parameter of this rule set comes from, for explanations. */
    public Provenance provenanceOf(Parameter<?> parameter) {
        return new Provenance(name, parameter.name(), legalReference.toString());
    }

    /** The parameter's amount, refused with a French message when the rule set leaves it unknown. */
    public <T> T require(Parameter<T> parameter, String label) {
        return parameter
                .value()
                .orElseThrow(() -> new FundingRefusal(label + " n'est pas connu dans « " + name + " » (paramètre "
                        + parameter.name() + ") : un administrateur doit le renseigner avant tout calcul."));
    }

    /** The parameter's amount as an explanation line naming this rule set. */
    public Explanation explain(Parameter<Money> parameter, String label) {
        return Explanation.sourced(label, require(parameter, label), provenanceOf(parameter));
    }
}
