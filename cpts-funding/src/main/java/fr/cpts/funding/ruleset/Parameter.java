package fr.cpts.funding.ruleset;

import java.util.Objects;
import java.util.Optional;

/**
 * One value of a rule set (paramètre du barème: an amount, a percentage, a threshold, a date) with its
 * source note. A value the sources do not give is unknown ({@code Optional.empty()}), never zero,
 * until an administrator fills it in.
 */
public record Parameter<T>(String name, Optional<T> value, String source) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    public boolean isKnown() {
        return value.isPresent();
    }
}
