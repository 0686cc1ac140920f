package fr.cpts.funding.ruleset;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The days a rule set is in force (période d'application): from a first day, to an optional last day, both included. */
public record EffectivePeriod(LocalDate from, Optional<LocalDate> to) {

    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isPresent() && to.get().isBefore(from)) {
            throw new IllegalArgumentException(
                    "La fin d'application (" + to.get() + ") précède le début (" + from + ").");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && to.map(last -> !date.isAfter(last)).orElse(true);
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(EffectivePeriod other) {
        return contains(other.from) || other.contains(from);
    }
}
