package fr.cpts.domain.review;

import fr.cpts.domain.shared.DomainException;

/** Someone changed the review after the person acting now had read it: their change is refused, not merged. */
public class ReviewConflict extends DomainException {

    public ReviewConflict() {
        super("La revue annuelle a été modifiée par une autre personne depuis que vous l'avez ouverte : votre action "
                + "n'a pas été enregistrée. La revue à jour est affichée ; refaites votre action si elle est toujours "
                + "utile.");
    }
}
