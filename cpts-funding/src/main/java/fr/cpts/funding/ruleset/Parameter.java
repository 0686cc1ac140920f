package fr.cpts.funding.ruleset;

import java.util.Objects;
import java.util.Optional;

/**
 * One value of a rule set (paramètre du barème: an amount, a percentage, a threshold, a date) with its
 * source note. A value the sources do not give is unknown ({@code Optional.empty()}), never zero,
 * until an administrator fills it in. A value the sources disagree on is kept unconfirmed ({@code confirmed}
 * false): administrators see it with its sources « à confirmer », the public only what is known for sure.
 */
public record Parameter<T>(String name, Optional<T> value, String source, boolean confirmed) {

    /** A value the sources agree on, or an unknown one. */
    public Parameter(String name, Optional<T> value, String source) {
        this(name, value, source, true);
    }

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    public boolean isKnown() {
        return value.isPresent();
    }

    /** The value as the public may read it: only a confirmed one. */
    public Optional<T> publicValue() {
        return confirmed ? value : Optional.empty();
    }
}
