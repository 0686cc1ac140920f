package fr.cpts.domain.review;

/**
 * Where a yearly review (revue annuelle) stands: the CPTS drafts its declaration, files it, the CPAM examines it, may
 * ask for corrections, and closes it (clôturée), after which nothing changes.
 */
public enum ReviewState {
    DRAFT("Brouillon"),
    SUBMITTED("Déclarée, en cours d'examen par la CPAM"),
    CORRECTIONS_REQUESTED("Corrections demandées"),
    CLOSED("Clôturée");

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
