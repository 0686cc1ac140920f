package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.StepEvent;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.Objects;

/**
 * A dossier of a CPTS moved in its instruction cycle (déposé, pris en instruction, validé, refusé…): which dossier,
 * and the step recorded, which says the move, the states, who, when and why. {@code dossier} is null only for a
 * dossier never stored (as in the domain's own tests): a stored dossier always names itself.
 */
public record DossierMoved(CptsId cpts, DossierId dossier, DossierKind kind, Step<DossierMove, DossierState> step)
        implements StepEvent<DossierMove, DossierState> {

    public DossierMoved {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(kind, "type de dossier");
        Objects.requireNonNull(step, "mouvement");
    }
}
