package fr.cpts.domain.territory;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** INSEE code of a département (e.g. {@code 33}, {@code 2A}, {@code 971}): the scope of a CPAM (CGSS overseas). */
public record DepartementCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}|2[AB]|97\\d");

    public DepartementCode {
        Objects.requireNonNull(value, "code département");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Code département invalide : « " + value + " »");
        }
    }

    /** The code typed, stripped, when it has the format of a département code; empty otherwise (a filter to ignore). */
    public static Optional<DepartementCode> readable(String typed) {
        if (typed == null || !FORMAT.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DepartementCode(typed.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
