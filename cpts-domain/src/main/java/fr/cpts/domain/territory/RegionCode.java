package fr.cpts.domain.territory;

import java.io.Serializable;
import java.util.Objects;
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

    @Override
    public String toString() {
        return value;
    }
}
