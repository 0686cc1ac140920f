package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.DepartementCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A filed dossier as the ARS's queue lists it: which dossier, its state and since when, and its CPTS. */
public record QueuedDossier(
        DossierId id,
        DossierKind kind,
        DossierState state,
        Instant inStateSince,
        CptsId cpts,
        String cptsName,
        DepartementCode departement,
        Optional<BigDecimal> indicator) {

    public QueuedDossier {
        Objects.requireNonNull(id, "dossier");
        Objects.requireNonNull(kind, "type de dossier");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(inStateSince, "depuis");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(indicator, "indicateur de tri (vide sans tri)");
    }
}
