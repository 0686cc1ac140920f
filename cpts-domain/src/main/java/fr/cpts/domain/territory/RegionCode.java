package fr.cpts.domain.territory;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** INSEE code of a région (e.g. {@code 75} Nouvelle-Aquitaine, {@code 01} Guadeloupe): the scope of an ARS. */
public record RegionCode(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}");

    public RegionCode {
        Objects.requireNonNull(value, "code région");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Code région invalide : « " + value + " » (deux chiffres attendus)");
        }
    }

    /** The code typed, stripped, when it has the format of a région code; empty otherwise (a filter to ignore). */
    public static Optional<RegionCode> readable(String typed) {
        if (typed == null || !FORMAT.matcher(typed.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegionCode(typed.strip()));
    }

    @Override
    public String toString() {
        return value;
    }
}
