package fr.cpts.domain.territory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A current French commune, as the INSEE code officiel géographique describes it, or one of the municipal
 * arrondissements Paris, Lyon and Marseille are divided into (a CPTS there covers arrondissements: seed 001, « souvent
 * une commune, ou un arrondissement dans les grandes villes »).
 *
 * @param code            its INSEE code
 * @param name            its official name, with accents ("Saint-Étienne")
 * @param population      its population municipale, or empty when the reference data does not give one (the
 *                        uninhabited overseas territories): unknown is never zero
 * @param postalCodes     its postal codes, possibly none
 * @param departementCode the INSEE code of its département (or of its collectivité d'outre-mer: 975, 977, 978,
 *                        984 to 989)
 * @param regionCode      the INSEE code of its région (for a collectivité d'outre-mer, the code of the collectivité)
 * @param divides         for a municipal arrondissement, the commune it divides (75056 for « Paris 12e
 *                        Arrondissement »); empty for a commune
 * @param divided         true for a commune divided into municipal arrondissements (Paris, Lyon, Marseille): a
 *                        territory holds its arrondissements, never the whole commune
 */
public record Commune(
        InseeCode code,
        String name,
        OptionalInt population,
        List<String> postalCodes,
        String departementCode,
        String regionCode,
        Optional<InseeCode> divides,
        boolean divided) {

    /** A commune not divided into arrondissements. */
    public Commune(
            InseeCode code,
            String name,
            OptionalInt population,
            List<String> postalCodes,
            String departementCode,
            String regionCode) {
        this(code, name, population, postalCodes, departementCode, regionCode, Optional.empty(), false);
    }

    public Commune {
        Objects.requireNonNull(code, "code INSEE");
        Objects.requireNonNull(divides, "commune divisée (vide pour une commune)");
        if (divided && divides.isPresent()) {
            throw new IllegalArgumentException("Un arrondissement municipal ne se divise pas : " + code);
        }
        Objects.requireNonNull(population, "population (vide si inconnue)");
        Objects.requireNonNull(departementCode, "code département");
        Objects.requireNonNull(regionCode, "code région");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Le nom de la commune " + code + " est obligatoire");
        }
        if (population.isPresent() && population.getAsInt() < 0) {
            throw new IllegalArgumentException("Population négative pour la commune " + code);
        }
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
    }

    /** Whether the commune lies in that région (the territory an ARS instructs). */
    public boolean isIn(RegionCode region) {
        return regionCode.equals(region.value());
    }

    /** Whether the commune lies in that département (the territory a CPAM contracts for). */
    public boolean isIn(DepartementCode departement) {
        return departementCode.equals(departement.value());
    }
}
