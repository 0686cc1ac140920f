package fr.cpts.web.funding;

import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import java.math.BigDecimal;
import java.util.List;

/**
 * An explanation as the API and the pages show it: label, amount in euros, arithmetic, source (rule set,
 * parameter, legal reference) and the lines it is made of.
 */
public record ExplanationView(
        String label,
        BigDecimal amountEur,
        String arithmetic,
        String ruleSet,
        String parameter,
        String legalReference,
        List<ExplanationView> details) {

    public static ExplanationView of(Explanation explanation) {
        Provenance source = explanation.provenance().orElse(null);
        return new ExplanationView(
                explanation.label(),
                explanation.amount().amount(),
                explanation.arithmetic().isEmpty() ? null : explanation.arithmetic(),
                source == null ? null : source.ruleSetName(),
                source == null ? null : source.parameterName(),
                source == null ? null : source.legalReference(),
                explanation.details().stream().map(ExplanationView::of).toList());
    }
}
