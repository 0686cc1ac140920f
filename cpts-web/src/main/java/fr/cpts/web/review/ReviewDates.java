package fr.cpts.web.review;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates on the review pages, as French people read them: {@code 15/09/2025}, {@code 15/09/2025 à 14:05}. */
@Component("reviewDates")
public class ReviewDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(PARIS));
    }

    public String dayTime(Instant at) {
        return at == null ? "" : DAY_TIME.format(at.atZone(PARIS));
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }
}
