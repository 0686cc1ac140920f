package fr.cpts.domain.dossier;

/**
 * Where a dossier stands in its instruction by the ARS. A dossier is written as a draft (brouillon), deposited
 * (déposé), taken by an ARS officer (en instruction), possibly sent back for corrections, and ends validated,
 * refused or closed without follow-up (classé sans suite).
 */
public enum DossierState {
    DRAFT("Brouillon"),
    SUBMITTED("Déposé, en attente d'instruction"),
    UNDER_INSTRUCTION("En cours d'instruction"),
    CORRECTIONS_REQUESTED("Corrections demandées"),
    VALIDATED("Validé"),
    REFUSED("Refusé"),
    CLOSED_WITHOUT_FOLLOW_UP("Classé sans suite");

    private final String label;

    DossierState(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }

    /** Whether the porteur may change the content: while drafting, and when the ARS asked for corrections. */
    public boolean editableByPorteur() {
        return this == DRAFT || this == CORRECTIONS_REQUESTED;
    }

    /** Whether the ARS has decided and nothing more will happen to the dossier. */
    public boolean isFinal() {
        return this == VALIDATED || this == REFUSED || this == CLOSED_WITHOUT_FOLLOW_UP;
    }

    /** Whether the dossier waits for the ARS (deposited or being instructed). */
    public boolean waitsForArs() {
        return this == SUBMITTED || this == UNDER_INSTRUCTION;
    }
}
