package fr.cpts.domain.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

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
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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

    /** The time of that instant in Paris: {@code 14:05}. */
    public static String time(Instant at) {
        return TIME.format(at.atZone(PARIS));
    }

    /** {@code 15/09/2025 14:05}, Paris time: a date and time a spreadsheet reads as one. */
    public static String forSheets(Instant at) {
        return SHEET.format(at.atZone(PARIS));
    }

    /**
     * A day as a date field sends it (AAAA-MM-JJ) or as French people write it (JJ/MM/AAAA); empty when the text is
     * neither, or names no day of the calendar.
     */
    public static Optional<LocalDate> read(String text) {
        String day = text == null ? "" : text.strip();
        try {
            if (day.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(day.substring(6)),
                        Integer.parseInt(day.substring(3, 5)),
                        Integer.parseInt(day.substring(0, 2))));
            }
            return day.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(day)) : Optional.empty();
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}
