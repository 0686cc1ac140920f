package fr.cpts.domain.cpts;

import java.io.Serializable;

/** Identity of one CPTS record, stable from the first idea to the last yearly review. */
public record CptsId(long value) implements Serializable {

    public CptsId {
        if (value <= 0) {
            throw new IllegalArgumentException("Identifiant de CPTS invalide : " + value);
        }
    }
}
