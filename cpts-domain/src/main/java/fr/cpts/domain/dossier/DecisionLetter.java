package fr.cpts.domain.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision letter the ARS issued on a dossier (validation, refusal, request for corrections, closing, FIR seed
 * grant), as its timeline lists it: its number on the dossier, its title, and the archived PDF's name, SHA-256 and
 * issue time (the bytes are read only to download it).
 */
public record DecisionLetter(
        DossierId dossier, int number, String title, String filename, String sha256, Instant issuedAt) {

    public DecisionLetter {
        Objects.requireNonNull(dossier, "dossier");
        if (number < 1) {
            throw new IllegalArgumentException("Numéro de courrier invalide : " + number);
        }
        Objects.requireNonNull(title, "objet du courrier");
        Objects.requireNonNull(filename, "nom du fichier");
        Objects.requireNonNull(sha256, "empreinte");
        Objects.requireNonNull(issuedAt, "date d'émission");
    }
}
