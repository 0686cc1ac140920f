package fr.cpts.domain.diagnostic;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An indicator of the catalogue.
 *
 * @param code                its code, also its column in a data set's CSV file
 * @param source              the source it is imported from; empty for a ratio, computed from two indicators
 * @param label               its French label
 * @param unitLabel           its unit, in French (« habitants », « % », « pour 1 000 habitants »)
 * @param decimals            the decimals it is shown with
 * @param aggregation         how commune values aggregate
 * @param numerator           for a ratio, the summed indicator on top
 * @param denominator         for a ratio, the summed indicator below
 * @param scale               for a ratio, what it is multiplied by (100 for a percentage)
 * @param smallCountThreshold a count under it (and over zero) is shown « < threshold », never its value
 * @param partOf              the count it is a part of: their difference must not reveal a small count either
 */
public record Indicator(
        String code,
        Optional<String> source,
        String label,
        String unitLabel,
        int decimals,
        Aggregation aggregation,
        Optional<String> numerator,
        Optional<String> denominator,
        int scale,
        OptionalInt smallCountThreshold,
        Optional<String> partOf) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "libellé");
        Objects.requireNonNull(unitLabel, "unité");
        Objects.requireNonNull(aggregation, "agrégation");
        if ((aggregation == Aggregation.RATIO) != source.isEmpty()) {
            throw new IllegalArgumentException("Seul un ratio est calculé sans source : " + code);
        }
        if (aggregation == Aggregation.RATIO && (numerator.isEmpty() || denominator.isEmpty() || scale <= 0)) {
            throw new IllegalArgumentException("Un ratio a un numérateur, un dénominateur et une échelle : " + code);
        }
    }

    /** Whether a data set gives it (its code is a column of the source's file). */
    public boolean isImported() {
        return source.isPresent();
    }
}
