package fr.cpts.domain.territory;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An EPCI à fiscalité propre (établissement public de coopération intercommunale): the grouping of communes a
 * CPTS territory is often drawn from.
 *
 * @param code       its SIREN number (nine digits)
 * @param name       its name ("Bordeaux Métropole")
 * @param kind       its legal kind as INSEE abbreviates it: {@code CC} communauté de communes, {@code CA}
 *                   communauté d'agglomération, {@code CU} communauté urbaine, {@code METRO} métropole,
 *                   {@code MET69} Métropole de Lyon
 * @param population its population municipale as the reference data gives it, or empty when unknown
 */
public record Epci(String code, String name, String kind, OptionalInt population) {

    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    public Epci {
        Objects.requireNonNull(code, "SIREN de l'EPCI");
        Objects.requireNonNull(kind, "nature de l'EPCI");
        Objects.requireNonNull(population, "population (vide si inconnue)");
        if (!SIREN.matcher(code).matches()) {
            throw new IllegalArgumentException("SIREN d'EPCI invalide : « " + code + " » (neuf chiffres attendus)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Le nom de l'EPCI " + code + " est obligatoire");
        }
    }
}
