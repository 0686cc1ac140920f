package fr.cpts.domain.assistant;

import fr.cpts.domain.shared.DomainException;

/** Someone else changed the request since it was read: saving now would silently overwrite their work or decision. */
public class SubsidyRequestConflict extends DomainException {

    public SubsidyRequestConflict() {
        super("Cette demande d'aide a été modifiée par une autre personne depuis que vous l'avez ouverte. Votre action "
                + "n'a pas été enregistrée : rechargez la demande pour voir sa dernière version, puis recommencez.");
    }
}
