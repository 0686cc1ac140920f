package fr.cpts.web.dossier;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.dossier.Dossier;

/** One dossier of the ARS's list: the dossier, its CPTS, and for how many days it stands in its state. */
public record ArsQueueRow(Dossier dossier, CptsRecord cpts, long days) {

    public long id() {
        return dossier.id().orElseThrow().value();
    }
}
