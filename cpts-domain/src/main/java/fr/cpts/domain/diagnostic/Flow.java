package fr.cpts.domain.diagnostic;

import fr.cpts.domain.territory.InseeCode;
import java.util.Objects;

/**
 * Patients living in one commune seen, in a year, by professionals of a specialty practising in another (or the
 * same) commune.
 *
 * @param line the line of the file it was read from
 */
public record Flow(int line, InseeCode residence, InseeCode practice, String specialty, int patients) {

    public Flow {
        Objects.requireNonNull(residence, "commune de résidence");
        Objects.requireNonNull(practice, "commune d'exercice");
        Objects.requireNonNull(specialty, "spécialité");
        if (patients < 0) {
            throw new IllegalArgumentException("Nombre de patients négatif");
        }
    }
}
