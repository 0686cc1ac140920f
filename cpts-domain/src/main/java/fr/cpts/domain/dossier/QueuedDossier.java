package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.DepartementCode;
import java.time.Instant;
import java.util.Objects;

/** A filed dossier as the ARS's queue lists it: which dossier, its state and since when, and its CPTS. */
public record QueuedDossier(
        DossierId id,
        DossierKind kind,
        DossierState state,
        Instant inStateSince,
        CptsId cpts,
        String cptsName,
        DepartementCode departement) {

    public QueuedDossier {
        Objects.requireNonNull(id, "dossier");
        Objects.requireNonNull(kind, "type de dossier");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(inStateSince, "depuis");
        Objects.requireNonNull(cpts, "CPTS");
    }
}
