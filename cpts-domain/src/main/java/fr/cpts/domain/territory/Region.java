package fr.cpts.domain.territory;

import java.util.Objects;

/**
 * A région (or a collectivité d'outre-mer, which the code officiel géographique lists alongside them with a
 * three-digit code) as reference data: its INSEE code and its name.
 */
public record Region(String code, String name) {

    public Region {
        Objects.requireNonNull(code, "code région");
        Objects.requireNonNull(name, "nom de la région");
    }

    /** A région with an ARS (a two-digit code), not a collectivité d'outre-mer listed beside them. */
    public boolean hasArs() {
        return RegionCode.readable(code).isPresent();
    }
}
