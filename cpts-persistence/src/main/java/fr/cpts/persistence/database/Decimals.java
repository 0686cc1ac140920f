package fr.cpts.persistence.database;

import java.math.BigDecimal;

/** Decimal values as they were entered: a {@code numeric(14, 4)} column gives 12.5000, read back as 12.5. */
public final class Decimals {

    private Decimals() {}

    public static BigDecimal asEntered(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
