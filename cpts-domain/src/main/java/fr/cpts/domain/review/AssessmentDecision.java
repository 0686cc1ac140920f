package fr.cpts.domain.review;

/** What the CPAM decides on a declared indicator: accepted as declared (validé) or adjusted (corrigé par la CPAM). */
public enum AssessmentDecision {
    ACCEPTED("Accepté"),
    ADJUSTED("Ajusté par la CPAM");

    private final String label;

    AssessmentDecision(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
