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

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
