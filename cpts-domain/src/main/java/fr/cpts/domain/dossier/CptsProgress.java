package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsStage;
import java.util.Optional;

/**
 * Where a CPTS stands, as its dossiers say: the stage they lead to (a letter of intent filed: lettre d'intention;
 * validated: projet de santé; the health project validated: contrat ACI).
 */
public final class CptsProgress {

    private CptsProgress() {}

    /** The stage the dossiers lead to: letter of intent filed, letter validated, health project validated. */
    public static CptsStage stageOf(Optional<DossierState> letterOfIntent, Optional<DossierState> healthProject) {
        if (healthProject.filter(state -> state == DossierState.VALIDATED).isPresent()) {
            return CptsStage.CONTRAT_ACI;
        }
        if (letterOfIntent.filter(state -> state == DossierState.VALIDATED).isPresent()) {
            return CptsStage.PROJET_SANTE;
        }
        if (letterOfIntent.filter(state -> state != DossierState.DRAFT).isPresent()) {
            return CptsStage.LETTRE_INTENTION;
        }
        return CptsStage.INITIATIVE;
    }

    /**
     * The stage one dossier in that state leads its CPTS to (a health project exists only once the letter of
     * intent is validated): what the CPTS's stored stage is advanced to when the dossier is saved.
     */
    public static CptsStage stageOf(DossierKind kind, DossierState state) {
        return kind == DossierKind.LETTRE_INTENTION
                ? stageOf(Optional.of(state), Optional.empty())
                : stageOf(Optional.of(DossierState.VALIDATED), Optional.of(state));
    }
}
