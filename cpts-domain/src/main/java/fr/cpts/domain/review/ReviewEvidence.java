package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import java.time.Instant;
import java.util.Objects;

/** A PDF the CPTS attached to an indicator of its yearly declaration as evidence (justificatif), without its bytes. */
public record ReviewEvidence(
        long id, String indicator, String filename, long size, Actor uploadedBy, Instant uploadedAt) {

    public ReviewEvidence {
        Objects.requireNonNull(indicator, "indicateur");
        Objects.requireNonNull(filename, "nom du fichier");
        Objects.requireNonNull(uploadedBy, "auteur");
        Objects.requireNonNull(uploadedAt, "date");
    }
}
