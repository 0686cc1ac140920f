package fr.cpts.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one way the platform writes dates, everywhere a person reads them (refusals, explanations, pages, PDFs, CSV):
 * {@code 15/09/2025}, {@code 15/09/2025 à 14:05}, in metropolitan French time.
 */
public final class FrenchDates {

    /** Metropolitan French time, in which days and hours are shown and contract days are counted. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH:mm");
    private static final DateTimeFormatter SHEET = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private FrenchDates() {}

    /** {@code 15/09/2025}. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The day of that instant in Paris: {@code 15/09/2025}. */
    public static String day(Instant at) {
        return DAY.format(at.atZone(PARIS));
    }

    /** {@code 15/09/2025 à 14:05}, Paris time. */
    public static String dayTime(Instant at) {
        return DAY_TIME.format(at.atZone(PARIS));
    }

    /** {@code 15/09/2025 14:05}, Paris time: a date and time a spreadsheet reads as one. */
    public static String forSheets(Instant at) {
        return SHEET.format(at.atZone(PARIS));
    }
}
