package fr.cpts.domain.review;

import java.math.BigDecimal;
import java.util.Objects;

/** The value the CPTS declares for one indicator over the contract year (valeur déclarée), with its comment. */
public record IndicatorDeclaration(BigDecimal value, String comment) {

    public IndicatorDeclaration {
        Objects.requireNonNull(value, "valeur déclarée");
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
