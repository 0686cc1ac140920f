package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An opinion asked of a body as its officers list it: the dossier it is about, its CPTS, when, by when (when the ARS
 * said; null otherwise), and if answered.
 */
public record AskedOpinion(
        long id,
        DossierId dossier,
        DossierKind kind,
        CptsId cpts,
        String cptsName,
        Instant requestedAt,
        LocalDate dueOn,
        boolean answered) {

    public AskedOpinion {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "nature du dossier");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(requestedAt, "date de la demande");
    }

    /** Awaiting its answer after the day it was expected. */
    public boolean isLate(LocalDate today) {
        return !answered && dueOn != null && today.isAfter(dueOn);
    }
}
