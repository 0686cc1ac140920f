package fr.cpts.domain.contract;

/** Where a mission stands against one of its deadlines (échéance): on time, due soon, overdue or done. */
public enum DeadlineState {
    ON_TIME("Dans les délais"),
    DUE_SOON("À échéance"),
    OVERDUE("En retard"),
    DONE("Réalisé");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    /** Whether a list should flag it: due soon or overdue. */
    public boolean needsAttention() {
        return this == DUE_SOON || this == OVERDUE;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
