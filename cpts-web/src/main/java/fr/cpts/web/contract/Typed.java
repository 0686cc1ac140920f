package fr.cpts.web.contract;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.validation.BindingResult;

/**
 * Reads the contract form's fields as typed, and rejects an empty or unreadable one with a French message that names
 * it ({@code what} is « Mission « Prévention » : la part fixe »...).
 */
final class Typed {

    private static final BigDecimal MAX_EUROS = new BigDecimal("999999999.99");

    private Typed() {}

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static BigDecimal number(String text, String field, String what, BindingResult binding) {
        if (blank(text)) {
            binding.rejectValue(field, "required", what + " est obligatoire.");
            return null;
        }
        BigDecimal value = FrenchNumbers.parse(text);
        if (value == null) {
            binding.rejectValue(
                    field,
                    "invalid",
                    what + " n'est pas un nombre (« " + shortened(text) + " ») ; " + "écrivez par exemple 12,5.");
            return null;
        }
        if (!fits(value)) {
            binding.rejectValue(
                    field,
                    "invalid",
                    what + " est hors limites : au plus 10 chiffres avant la virgule " + "et 4 après.");
            return null;
        }
        return value;
    }

    /** What the contract stores: at most 10 digits before the decimal point and 4 after. */
    static boolean fits(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 4 && plain.precision() - plain.scale() <= 10;
    }

    /** A typed text quoted back in a message, cut when long. */
    static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    static Money euros(String text, String field, String what, BindingResult binding) {
        BigDecimal value = number(text, field, what, binding);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX_EUROS) > 0) {
            binding.rejectValue(
                    field,
                    "invalid",
                    what + " doit être un montant positif en euros, avec 2 décimales "
                            + "au plus, et d'au plus 999 999 999,99 €.");
            return null;
        }
        return new Money(value);
    }

    /** A day as a date field sends it (AAAA-MM-JJ), or as French people write it (JJ/MM/AAAA). */
    static LocalDate day(String text, String field, String what, BindingResult binding) {
        if (blank(text)) {
            binding.rejectValue(field, "required", what + " est obligatoire.");
            return null;
        }
        String day = text.strip();
        return FrenchDates.read(day).orElseGet(() -> {
            binding.rejectValue(
                    field,
                    "invalid",
                    what + " n'est pas une date (« " + shortened(day) + " ») ; " + "écrivez-la au format JJ/MM/AAAA.");
            return null;
        });
    }
}
