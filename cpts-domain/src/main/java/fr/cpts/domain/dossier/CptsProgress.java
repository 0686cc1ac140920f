package fr.cpts.domain.dossier;

import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.Optional;

/**
 * Where a CPTS stands, as its dossiers say: the stage they lead to (a letter of intent filed: lettre d'intention;
 * validated: projet de santé; the health project validated: contrat ACI) and what the porteur is expected to do
 * next.
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

    /** What the porteur should do now, in French. */
    public static String nextStep(Optional<Dossier> letterOfIntent, Optional<Dossier> healthProject) {
        if (letterOfIntent.isEmpty()) {
            return "Rédiger et déposer la lettre d'intention auprès de l'ARS.";
        }
        Dossier li = letterOfIntent.get();
        if (li.state() != DossierState.VALIDATED) {
            return step(li);
        }
        if (healthProject.isEmpty()) {
            return "La lettre d'intention est validée : rédiger et déposer le projet de santé.";
        }
        Dossier ps = healthProject.get();
        if (ps.state() == DossierState.VALIDATED) {
            return "Le projet de santé est validé : préparer le contrat ACI avec l'ARS et la CPAM.";
        }
        return step(ps);
    }

    private static String step(Dossier dossier) {
        String name = dossier.kind() == DossierKind.LETTRE_INTENTION ? "la lettre d'intention" : "le projet de santé";
        String reason = dossier.lastTransition()
                .map(Step::reason)
                .map(r -> " Motif : " + r)
                .orElse("");
        return switch (dossier.state()) {
            case DRAFT -> "Compléter puis déposer " + name + ".";
            case SUBMITTED -> "Dossier déposé : attendre sa prise en instruction par l'ARS.";
            case UNDER_INSTRUCTION -> "Dossier en cours d'instruction par l'ARS : répondre à ses messages.";
            case CORRECTIONS_REQUESTED ->
                "L'ARS demande des corrections : corriger puis déposer de nouveau " + name + "." + reason;
            case REFUSED -> "L'ARS a refusé " + name + "." + reason;
            case CLOSED_WITHOUT_FOLLOW_UP -> "L'ARS a classé sans suite " + name + "." + reason;
            case VALIDATED -> "Dossier validé.";
        };
    }
}
