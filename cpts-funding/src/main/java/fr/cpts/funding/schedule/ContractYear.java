package fr.cpts.funding.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One year of a contract (année de contrat): year {@code n} runs from the {@code (n-1)}th anniversary of
 * the signature, included, to the {@code n}th anniversary, excluded. A contract signed on 29 February
 * has its anniversaries on 28 February of common years ({@link LocalDate#plusYears(long)}).
 */
public record ContractYear(LocalDate signatureDate, int number) {

    public ContractYear {
        Objects.requireNonNull(signatureDate, "signatureDate");
        if (number < 1) {
            throw new IllegalArgumentException("Une année de contrat commence à 1 : " + number + ".");
        }
    }

    /** First day of the year: the signature date, then each anniversary. */
    public LocalDate start() {
        return signatureDate.plusYears(number - 1L);
    }

    /** The next anniversary, first day after the year. */
    public LocalDate end() {
        return signatureDate.plusYears(number);
    }

    /** Last day of the year, the day before the next anniversary: the day a person writes as its end. */
    public LocalDate lastDay() {
        return end().minusDays(1);
    }

    /** Days in the year: 365, or 366 when it holds a 29 February. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start(), end());
    }

    /** Days from a date, counted, to the next anniversary, not counted. */
    public long daysFrom(LocalDate date) {
        return ChronoUnit.DAYS.between(date, end());
    }
}
