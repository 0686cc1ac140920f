package fr.cpts.domain.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A percentage between 0 and 100, e.g. the 75 % advance (avance) of the ACI payment schedule. */
public record Percentage(BigDecimal value) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(value, "Un pourcentage est obligatoire.");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "Un pourcentage doit être compris entre 0 et 100 : " + value.toPlainString() + ".");
        }
    }

    public static Percentage of(long value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /** What remains to reach 100 %, e.g. 25 % for 75 %. */
    public Percentage complement() {
        return new Percentage(HUNDRED.subtract(value));
    }

    /** French writing, e.g. {@code 75 %}. */
    @Override
    public String toString() {
        return FrenchNumbers.format(value) + " %";
    }
}
