package fr.cpts.domain.money;

import java.math.BigDecimal;

/** Writes decimals the French way: space between thousands, comma before decimals. */
public final class FrenchNumbers {

    private FrenchNumbers() {
    }

    /** {@code 36986.30} → {@code 36 986,30}; {@code 175000} → {@code 175 000}. */
    public static String format(BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + grouped + decimals;
    }

    /** {@code 175000} → {@code 175 000}. */
    public static String format(long value) {
        return format(BigDecimal.valueOf(value));
    }
}
