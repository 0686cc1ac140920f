package fr.cpts.domain.worklist;

/**
 * What one line of the porteur's « À faire » list asks: something for the CPTS to do ({@link #forTheCpts()}), or
 * something it waits for from the ARS or the CPAM. Its French wording is the message {@code todo.<NAME>}.
 */
public enum TodoKind {
    DOSSIER_TO_START(true),
    DOSSIER_TO_FILE(true),
    DOSSIER_TO_CORRECT(true),
    MESSAGE_TO_ANSWER(true),
    CONTRACT_TO_PREPARE(true),
    CONTRACT_TO_SIGN(true),
    REVIEW_TO_OPEN(true),
    REVIEW_TO_DECLARE(true),
    REVIEW_TO_CORRECT(true),
    MISSIONS_LATE(true),
    MISSIONS_DUE_SOON(true),
    SUBSIDY_REQUEST_TO_FILE(true),
    DOSSIER_FILED(false),
    DOSSIER_WITH_ARS(false),
    CONTRACT_AWAITING_SIGNATURES(false),
    REVIEW_WITH_CPAM(false),
    BALANCE_DUE(false);

    private final boolean forTheCpts;

    TodoKind(boolean forTheCpts) {
        this.forTheCpts = forTheCpts;
    }

    /** Whether the CPTS has to act (otherwise it waits for another party). */
    public boolean forTheCpts() {
        return forTheCpts;
    }
}
