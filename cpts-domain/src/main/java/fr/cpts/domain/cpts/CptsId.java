package fr.cpts.domain.cpts;

/** Identity of one CPTS record, stable from the first idea to the last yearly review. */
public record CptsId(long value) {

    public CptsId {
        if (value <= 0) {
            throw new IllegalArgumentException("Identifiant de CPTS invalide : " + value);
        }
    }
}
