package fr.cpts.domain.dossier;

/** Identity of one dossier (a letter of intent or a health project). */
public record DossierId(long value) {

    public DossierId {
        if (value <= 0) {
            throw new IllegalArgumentException("Identifiant de dossier invalide : " + value);
        }
    }
}
