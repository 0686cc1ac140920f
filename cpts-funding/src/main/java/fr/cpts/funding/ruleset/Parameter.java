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

    /**
     * The source note as the public may read it: the text the value comes from, without the leading tag that says
     * how sure the rule set is of it ({@code [public, 2 sources]}, {@code [seed]}), which is for administrators.
     */
    public String reference() {
        return source.startsWith("[") && source.indexOf(']') > 0
                ? source.substring(source.indexOf(']') + 1).strip()
                : source;
    }

    /** The value as the public may read it: only a confirmed one. */
    public Optional<T> publicValue() {
        return confirmed ? value : Optional.empty();
    }
}
