package fr.cpts.domain.territory;

import java.io.Serializable;
import java.util.Objects;
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

    @Override
    public String toString() {
        return value;
    }
}
