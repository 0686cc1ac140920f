package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.QueuedDossier;

/** One dossier of the ARS's list, and for how many whole days it stands in its state. */
public record ArsQueueRow(QueuedDossier dossier, long days) {

    public long id() {
        return dossier.id().value();
    }
}
