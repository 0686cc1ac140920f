package fr.cpts.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as French people read them (dd/MM/yyyy), in metropolitan French time. */
final class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchDates() {}

    static String day(Instant at) {
        return DAY.format(at.atZone(PARIS));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
