package fr.cpts.domain.territory;

import java.util.Objects;

/**
 * A département (or a collectivité d'outre-mer, which the code officiel géographique lists alongside them) as
 * reference data: its INSEE code, its name and the code of its région.
 */
public record Departement(String code, String name, String regionCode) {

    public Departement {
        Objects.requireNonNull(code, "code département");
        Objects.requireNonNull(name, "nom du département");
        Objects.requireNonNull(regionCode, "code région");
    }
}
