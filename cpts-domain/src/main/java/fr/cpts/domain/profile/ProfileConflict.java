package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;

/** Someone saved the profile after the person saving now had read it: their change is refused, not merged. */
public class ProfileConflict extends DomainException {

    public ProfileConflict() {
        super("La fiche CPTS a été modifiée par une autre personne depuis que vous l'avez ouverte : votre "
                + "modification n'a pas été enregistrée. La fiche à jour est affichée ; refaites votre modification "
                + "si elle est toujours utile.");
    }
}
