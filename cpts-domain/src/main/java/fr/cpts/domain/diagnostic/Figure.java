package fr.cpts.domain.diagnostic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One cell of a diagnostic: a value, a small count that is not shown, nothing to show, or the zoning's shares. */
public sealed interface Figure {

    /** A value, rounded to its indicator's decimals. */
    record Value(BigDecimal value) implements Figure {
        public Value {
            Objects.requireNonNull(value, "valeur");
        }
    }

    /** A count under the threshold (or a figure that would reveal one): shown « < threshold ». */
    record Small(int threshold) implements Figure {}

    /** No data for the area (no data set, no commune with a value, a zero denominator). */
    record Unavailable() implements Figure {}

    /** The zoning: for each zone, the share of the area's population living in it and its number of communes. */
    record Shares(List<Share> shares) implements Figure {
        public Shares {
            shares = List.copyOf(shares);
        }
    }

    /** A zone's share of an area's population, in percent with one decimal. */
    record Share(Zone zone, BigDecimal percent, int communes) {}
}
