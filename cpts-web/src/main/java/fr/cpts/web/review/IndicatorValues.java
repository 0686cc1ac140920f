package fr.cpts.web.review;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.DomainException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Indicator values and texts as people type them on the review pages: a decimal written the French way
 * (« 12,5 », « 1 250 », « -3 ») or with a dot, at most 10 digits before the decimal separator and 4 after (what the
 * review keeps); a comment or a reason of reasonable length. A refusal names the indicator, in French.
 */
final class IndicatorValues {

    /** The longest comment or reason kept. */
    static final int MAX_TEXT = 4_000;

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,10}([.,]\\d{1,4})?");

    private IndicatorValues() {}

    /** The value typed, or null when the field was left blank. */
    static BigDecimal parse(String typed, String what, String indicator) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!DECIMAL.matcher(plain).matches()) {
            throw new DomainException(capitalized(what) + " de l'indicateur « " + indicator + " » n'est pas un "
                    + "nombre lisible : « " + shortened(typed.strip()) + " ». Écrivez un nombre, par exemple 12,5 "
                    + "(au plus 10 chiffres avant la virgule et 4 après).");
        }
        return new BigDecimal(plain.replace(',', '.'));
    }

    /** The value typed; refused when blank. */
    static BigDecimal required(String typed, String what, String indicator) {
        BigDecimal value = parse(typed, what, indicator);
        if (value == null) {
            throw new DomainException(
                    capitalized(what) + " de l'indicateur « " + indicator + " » est " + "obligatoire.");
        }
        return value;
    }

    /** A comment or reason, stripped (null when blank); refused when too long. */
    static String text(String typed, String what, String indicator) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > MAX_TEXT) {
            throw new DomainException(
                    capitalized(what) + (indicator == null ? "" : " de l'indicateur « " + indicator + " »")
                            + " est trop long : " + FrenchNumbers.format(text.length())
                            + " caractères, pour " + FrenchNumbers.format(MAX_TEXT) + " au plus.");
        }
        return text;
    }

    /** {@code 12.5} → {@code 12,5}; {@code 1250} → {@code 1 250}; blank for none. */
    static String shown(BigDecimal value) {
        return value == null
                ? ""
                : FrenchNumbers.format(
                        value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
    }

    private static String shortened(String typed) {
        return typed.length() > 40 ? typed.substring(0, 40) + "…" : typed;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
