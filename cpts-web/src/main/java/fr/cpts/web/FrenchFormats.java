package fr.cpts.web;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers as French people read them, for the templates ({@code ${@formats.day(date)}}): {@code 15/09/2025},
 * {@code 15/09/2025 à 14:05} (Paris time), {@code 12 500,5}.
 */
@Component("formats")
public class FrenchFormats {

    /** Metropolitan French time, in which days and hours are shown and contract days are counted. */
    public static final ZoneId PARIS = FrenchDates.PARIS;

    /** Today in Paris, by that clock (the application's one clock). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PARIS));
    }

    public String day(LocalDate date) {
        return date == null ? "" : FrenchDates.day(date);
    }

    /** The day of that instant in Paris. */
    public String day(Instant at) {
        return at == null ? "" : FrenchDates.day(at);
    }

    public String dayTime(Instant at) {
        return at == null ? "" : FrenchDates.dayTime(at);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : FrenchNumbers.format(value);
    }

    /** A share in percent, « 12,5 % »; « — » when there is none (an area without known population). */
    public static String percentOf(Optional<BigDecimal> share) {
        return share.map(value -> FrenchNumbers.format(value) + " %").orElse("—");
    }

    public String number(long value) {
        return FrenchNumbers.format(value);
    }
}
