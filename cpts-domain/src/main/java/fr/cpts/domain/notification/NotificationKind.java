package fr.cpts.domain.notification;

import java.util.Arrays;
import java.util.List;

/**
 * The kinds of notification, each for porteurs or for officers, and each with the French words of the preferences
 * page. A person chooses, kind by kind, how they are mailed ({@link Frequency}).
 */
public enum NotificationKind {
    DOSSIER_DECISION(true, "Décisions et étapes de l'instruction de vos dossiers"),
    CORRECTIONS_REQUESTED(true, "Demandes de corrections (dossiers et revues annuelles)"),
    MESSAGE(null, "Messages reçus sur un dossier"),
    OPINION(null, "Avis rendus sur un dossier"),
    SIGNATURE(true, "Signatures du contrat ACI"),
    REVIEW_STEP(true, "Étapes de la revue annuelle"),
    SUBSIDY_DECISION(true, "Décisions sur les demandes d'aide à l'emploi d'un assistant médical"),
    CONTRACT_DATE_DUE(true, "Échéances du contrat ACI dans 30 jours"),
    NEW_FILING(false, "Nouveaux dépôts (dossiers, revues annuelles, demandes d'aide)"),
    RESUBMISSION(false, "Dépôts après corrections"),
    SIGNATURE_AWAITED(false, "Signatures du contrat ACI attendues de votre institution"),
    OPINION_REQUESTED(false, "Avis demandés à la CPAM");

    /** True for porteurs only, false for officers only, null for both. */
    private final Boolean forPorteurs;

    private final String label;

    NotificationKind(Boolean forPorteurs, String label) {
        this.forPorteurs = forPorteurs;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kinds a porteur (or an officer) receives, for their preferences page. */
    public static List<NotificationKind> received(boolean porteur) {
        return Arrays.stream(values())
                .filter(kind -> kind.forPorteurs == null || kind.forPorteurs == porteur)
                .toList();
    }
}
