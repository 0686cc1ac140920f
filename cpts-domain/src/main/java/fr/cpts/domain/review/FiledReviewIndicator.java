package fr.cpts.domain.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator of a filed review as its export lists it: the review, the indicator's baseline and target under
 * the contract version reviewed, what the CPTS declared and what the CPAM decided. A review without indicators
 * gives one line with an empty indicator.
 */
public record FiledReviewIndicator(
        FiledReview review,
        String departement,
        Optional<String> indicator,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        Optional<BigDecimal> declared,
        Optional<AssessmentDecision> decision,
        Optional<BigDecimal> retained,
        Optional<String> reason) {

    public FiledReviewIndicator {
        Objects.requireNonNull(review, "revue");
        Objects.requireNonNull(indicator, "indicateur");
        Objects.requireNonNull(baseline, "valeur de départ");
        Objects.requireNonNull(target, "cible");
        Objects.requireNonNull(declared, "valeur déclarée");
        Objects.requireNonNull(decision, "décision");
        Objects.requireNonNull(retained, "valeur retenue");
        Objects.requireNonNull(reason, "motif");
    }
}
