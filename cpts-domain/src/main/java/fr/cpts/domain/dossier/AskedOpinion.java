package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.Objects;

/** An opinion asked of a body as its officers list it: the dossier it is about, its CPTS, when, and if answered. */
public record AskedOpinion(
        long id,
        DossierId dossier,
        DossierKind kind,
        CptsId cpts,
        String cptsName,
        Instant requestedAt,
        boolean answered) {

    public AskedOpinion {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "nature du dossier");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(requestedAt, "date de la demande");
    }
}
