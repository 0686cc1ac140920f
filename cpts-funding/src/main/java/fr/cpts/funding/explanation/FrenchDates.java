package fr.cpts.funding.explanation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Writes dates the way French users read them: {@code 31/03/2022}. */
public final class FrenchDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private FrenchDates() {}

    public static String format(LocalDate date) {
        return FORMAT.format(date);
    }
}
