package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.funding.FundingRefusal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the indicator values given for a year against the contract's indicators: a closed review retains a value
 * for every indicator and none other (refused otherwise); a simulation may leave some out (warned).
 */
final class ReviewValues {

    private ReviewValues() {}

    /** Refuses, naming each, the missing values and the values of indicators the contract does not have. */
    static void requireComplete(ContractTerms terms, int year, Map<String, BigDecimal> values) {
        List<String> reasons = new ArrayList<>();
        for (Indicator indicator : terms.indicators()) {
            if (values.get(indicator.name()) == null) {
                reasons.add("Année " + year + " : aucune valeur retenue pour l'indicateur « " + indicator.name()
                        + " » ; une revue annuelle clôturée en retient une pour chaque indicateur du contrat.");
            }
        }
        for (String name : unknownNames(terms, values)) {
            reasons.add("Année " + year + " : l'indicateur « " + name + " » ne figure pas au contrat.");
        }
        if (!reasons.isEmpty()) {
            throw new FundingRefusal(reasons);
        }
    }

    /** Warnings for a simulation: values left out (counted as not reached) and values of unknown indicators. */
    static List<String> simulationWarnings(ContractTerms terms, Map<String, BigDecimal> values) {
        List<String> warnings = new ArrayList<>();
        for (Indicator indicator : terms.indicators()) {
            if (values.get(indicator.name()) == null) {
                warnings.add("Indicateur « " + indicator.name() + " » : valeur non déclarée, compté comme non "
                        + "atteint (0,00 €).");
            }
        }
        for (String name : unknownNames(terms, values)) {
            warnings.add("L'indicateur « " + name + " » ne figure pas au contrat : sa valeur est ignorée.");
        }
        return warnings;
    }

    private static List<String> unknownNames(ContractTerms terms, Map<String, BigDecimal> values) {
        Set<String> known = terms.indicators().stream().map(Indicator::name).collect(Collectors.toSet());
        return values.keySet().stream()
                .filter(name -> !known.contains(name))
                .sorted()
                .toList();
    }
}
