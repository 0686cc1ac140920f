package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;

/** Someone saved the territory after the person saving now had read it: their change is refused, not merged. */
public class TerritoryConflict extends DomainException {

    private final CptsId cpts;

    public TerritoryConflict(CptsId cpts) {
        super("Le territoire a été modifié par une autre personne depuis que vous l'avez ouvert : votre modification "
                + "n'a pas été enregistrée. Le territoire à jour est affiché ; refaites votre modification si elle "
                + "est toujours utile.");
        this.cpts = cpts;
    }

    public CptsId cpts() {
        return cpts;
    }
}
