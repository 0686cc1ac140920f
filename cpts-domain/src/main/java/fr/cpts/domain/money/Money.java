package fr.cpts.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in euros (montant en euros), never negative, always with two decimals.
 *
 * <p>Rounding rule: every operation rounds its result to the cent with {@link RoundingMode#HALF_UP}
 * (0,005 € goes up to 0,01 €), once per operation, so each step an explanation shows is exact.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Euros have two decimals. */
    public static final int SCALE = 2;
    /** The rounding applied after every operation. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "Un montant est obligatoire.");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(
                    "Un montant ne peut pas être négatif : " + amount.toPlainString() + " €.");
        }
        amount = amount.setScale(SCALE, ROUNDING);
    }

    /** Whole euros, e.g. {@code Money.euros(90_000)}. */
    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /** Parses a decimal written with a dot, e.g. {@code "87500.00"}. */
    public static Money of(String decimal) {
        Objects.requireNonNull(decimal, "Un montant est obligatoire.");
        return new Money(new BigDecimal(decimal));
    }

    public Money plus(Money other) {
        return new Money(amount.add(Objects.requireNonNull(other, "Un montant est obligatoire.").amount));
    }

    /** Difference; refused when it would be negative. */
    public Money minus(Money other) {
        return new Money(amount.subtract(Objects.requireNonNull(other, "Un montant est obligatoire.").amount));
    }

    /** This amount times a percentage, e.g. 75 % of 90 000,00 € = 67 500,00 €. */
    public Money times(Percentage percentage) {
        Objects.requireNonNull(percentage, "Un pourcentage est obligatoire.");
        return scaled(percentage.value(), Percentage.HUNDRED);
    }

    /** Pro rata temporis: this amount × numerator / denominator, e.g. × 200 / 365 days. */
    public Money prorata(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("Prorata invalide : " + numerator + " / " + denominator + ".");
        }
        return scaled(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** French writing with a plain space as thousands separator: {@code 90 000,00 €}. */
    @Override
    public String toString() {
        return FrenchNumbers.format(amount) + " €";
    }

    private Money scaled(BigDecimal numerator, BigDecimal denominator) {
        return new Money(amount.multiply(numerator).divide(denominator, SCALE, ROUNDING));
    }
}
