package fr.cpts.funding.indicator;

import java.math.BigDecimal;

/** Whether a tiered indicator improves as its value rises (a screening rate) or falls (patients without a médecin traitant). */
public enum Direction {
    /** A tier is reached when the result is at least its threshold. */
    HIGHER_IS_BETTER("≥"),
    /** A tier is reached when the result is at most its threshold. */
    LOWER_IS_BETTER("≤");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public boolean reaches(BigDecimal result, BigDecimal threshold) {
        int comparison = result.compareTo(threshold);
        return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }

    /** The comparison sign, for explanations. */
    public String symbol() {
        return symbol;
    }
}
