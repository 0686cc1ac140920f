package fr.cpts.domain.dossier;

import fr.cpts.domain.shared.DomainException;

/** Someone else changed the dossier since it was read: saving now would silently overwrite their work. */
public class DossierConflict extends DomainException {

    public DossierConflict() {
        super("Ce dossier a été modifié par une autre personne depuis que vous l'avez ouvert. Vos modifications "
                + "n'ont pas été enregistrées : elles sont conservées ci-dessous ; rechargez le dossier pour voir "
                + "la dernière version, puis reportez-les.");
    }
}
