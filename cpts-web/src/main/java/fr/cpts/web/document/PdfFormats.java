package fr.cpts.web.document;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How the PDF documents write dates, moments and numbers, as French people read them: {@code 15/09/2025},
 * {@code 15/09/2025 à 14:05} (metropolitan French time), {@code 62 000}, {@code 90 000,00 €}. Offered to the templates
 * as {@code fmt}.
 *
 * <p>Numbers and amounts are written by {@link FrenchNumbers} and {@link Money#toString()}, their spaces made narrow
 * no-break spaces (U+202F, as French typography wants between thousands and before « € »): an amount is never cut
 * at the end of a line.
 */
public final class PdfFormats {

    /** U+202F, between thousands and before « € ». */
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    static final PdfFormats INSTANCE = new PdfFormats();

    private PdfFormats() {}

    /** {@code 15/09/2025}; empty for no date. */
    public String day(LocalDate date) {
        return date == null ? "" : FrenchDates.day(date);
    }

    /** The day of that moment in Paris, {@code 15/09/2025}; empty for none. */
    public String day(Instant at) {
        return at == null ? "" : FrenchDates.day(at);
    }

    /** {@code 15/09/2025 à 14:05}, Paris time; empty for none. */
    public String moment(Instant at) {
        return at == null ? "" : FrenchDates.dayTime(at);
    }

    /** {@code 62 000}, with a narrow no-break space. */
    public String number(long value) {
        return unbreakable(FrenchNumbers.format(value));
    }

    /** {@code 90 000,00 €}, as {@link Money#toString()} writes it, with narrow no-break spaces; empty for none. */
    public String money(Money amount) {
        return amount == null ? "" : unbreakable(amount.toString());
    }

    private static String unbreakable(String french) {
        return french.replace(' ', NARROW_NO_BREAK_SPACE).replace('\u00A0', NARROW_NO_BREAK_SPACE);
    }
}
