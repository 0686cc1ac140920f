package fr.cpts.funding.aci;

import fr.cpts.funding.indicator.IndicatorResults;
import java.util.Objects;

/**
 * The outcome of the yearly review (revue annuelle) by the CPAM and the ARS: the indicator results
 * accepted for the year, and whether the ARS declared a serious health crisis (crise sanitaire grave).
 */
public record YearlyReview(IndicatorResults results, boolean crisisDeclared) {

    public YearlyReview {
        Objects.requireNonNull(results, "results");
    }

    /** A year without crisis. */
    public static YearlyReview of(IndicatorResults results) {
        return new YearlyReview(results, false);
    }
}
