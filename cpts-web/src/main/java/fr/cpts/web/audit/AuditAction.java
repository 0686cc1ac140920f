package fr.cpts.web.audit;

import fr.cpts.domain.dossier.DossierMove;

/**
 * What a journal entry says was done, stored in French as written here (the journal is read as stored, years
 * later: do not rename a stored label).
 */
public enum AuditAction {
    CREATION("Création"),
    MODIFICATION("Modification"),
    SUBMISSION("Dépôt"),
    TAKING("Prise en charge"),
    CORRECTIONS_REQUEST("Demande de corrections"),
    RESUBMISSION("Nouveau dépôt"),
    VALIDATION("Validation"),
    REFUSAL("Refus"),
    CLOSING("Classement sans suite"),
    PRIVATE_COMMENT("Commentaire interne"),
    MESSAGE("Message"),
    OPINION_REQUEST("Demande d'avis"),
    OPINION_GIVEN("Avis rendu"),
    ATTACHMENT("Pièce jointe"),
    FIR_DECISION("Décision FIR"),
    FIR_RANGE_CHANGED("Fourchette FIR modifiée"),
    SIGNATURE("Signature"),
    AMENDMENT("Avenant"),
    MISSION_PROGRESS("Avancement de mission"),
    MISSION_START_CHECKED("Démarrage de mission vérifié"),
    CONTRACT_END("Fin du contrat"),
    PATIENT_LIST_DECLARED("Patientèle déclarée"),
    PASSWORD_CHANGED("Mot de passe changé"),
    PASSWORD_RESET("Mot de passe réinitialisé"),
    RESET_LINK_SENT("Lien de mot de passe envoyé"),
    SCOPE_CHANGED("Périmètre changé"),
    ACCOUNT_DISABLED("Compte désactivé"),
    ACCOUNT_ENABLED("Compte réactivé"),
    SIGN_UP("Inscription vérifiée"),
    REFERENT_CHANGED("Référent de l'ARS désigné ou retiré"),
    INVITATION_SENT("Invitation envoyée"),
    INVITATION_WITHDRAWN("Invitation retirée"),
    TEAM_JOINED("Arrivée dans l'équipe"),
    TEAM_LEFT("Départ de l'équipe"),
    ACCEPTANCE("Acceptation"),
    REVIEW_OPENING("Ouverture de la revue annuelle"),
    DECLARATION("Déclaration d'indicateur"),
    INDICATOR_ACCEPTANCE("Acceptation d'indicateur"),
    INDICATOR_ADJUSTMENT("Ajustement d'indicateur"),
    REVIEW_CLOSING("Clôture de la revue annuelle"),
    CRISIS_DECLARATION("Déclaration de crise sanitaire"),
    PAYMENT("Paiement enregistré"),
    PAYMENT_SUSPENSION("Paiement suspendu"),
    PAYMENT_RESUMPTION("Paiement repris"),
    PAYMENT_ORDERS_RECOMPUTED("Ordres de paiement recalculés");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The French label, as stored in the journal. */
    public String label() {
        return label;
    }

    /** The action a move of the instruction cycle is journaled as. */
    public static AuditAction of(DossierMove move) {
        return switch (move) {
            case SUBMIT -> SUBMISSION;
            case TAKE -> TAKING;
            case REQUEST_CORRECTIONS -> CORRECTIONS_REQUEST;
            case RESUBMIT -> RESUBMISSION;
            case VALIDATE -> VALIDATION;
            case REFUSE -> REFUSAL;
            case CLOSE -> CLOSING;
        };
    }
}
