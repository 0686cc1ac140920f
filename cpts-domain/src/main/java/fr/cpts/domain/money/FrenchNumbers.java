package fr.cpts.domain.money;

import java.math.BigDecimal;

/** Writes decimals the French way: space between thousands, comma before decimals. */
public final class FrenchNumbers {

    private FrenchNumbers() {}

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

    /**
     * Reads a decimal as French people type it: « 12 500,50 », « 12500.50 », « 3 000 € »; null when empty,
     * unreadable, written with an exponent or longer than 40 characters.
     */
    public static BigDecimal parse(String text) {
        String cleaned =
                text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
        // digits with an optional decimal part: no exponent, which could ask for a number of a billion digits
        if (cleaned.length() > 40 || !cleaned.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    /** {@code 175000} → {@code 175 000}. */
    public static String format(long value) {
        return format(BigDecimal.valueOf(value));
    }
}
