package fr.cpts.web.export;

import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an exported list: its French header, the kind of its cells and how a row gives its value (null for
 * an empty cell).
 */
public record Column<T>(String header, Kind kind, Function<T, ?> value) {

    /** What a cell holds, which says how each format writes it. */
    public enum Kind {
        TEXT,
        /** Euros, two decimals. */
        MONEY,
        /** A measured value (an indicator's), as many decimals as it has. */
        DECIMAL,
        DATE,
        /** An instant, as its day and time in Paris. */
        DATE_TIME,
        INTEGER
    }

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    public static <T> Column<T> text(String header, Function<T, String> value) {
        return new Column<>(header, Kind.TEXT, value);
    }

    public static <T> Column<T> money(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, Kind.MONEY, value);
    }

    public static <T> Column<T> decimal(String header, Function<T, BigDecimal> value) {
        return new Column<>(header, Kind.DECIMAL, value);
    }

    public static <T> Column<T> date(String header, Function<T, LocalDate> value) {
        return new Column<>(header, Kind.DATE, value);
    }

    /** The day in Paris of an instant. */
    public static <T> Column<T> day(String header, Function<T, Instant> value) {
        return new Column<>(header, Kind.DATE, row -> {
            Instant at = value.apply(row);
            return at == null ? null : at.atZone(FrenchDates.PARIS).toLocalDate();
        });
    }

    public static <T> Column<T> dateTime(String header, Function<T, Instant> value) {
        return new Column<>(header, Kind.DATE_TIME, value);
    }

    public static <T> Column<T> integer(String header, Function<T, ? extends Number> value) {
        return new Column<>(header, Kind.INTEGER, value);
    }

    Object of(T row) {
        return value.apply(row);
    }
}
