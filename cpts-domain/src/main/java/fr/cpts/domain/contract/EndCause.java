package fr.cpts.domain.contract;

/** Why an ACI contract ends before or at its term: a party terminates it, or the parties do not renew it. */
public enum EndCause {
    TERMINATION("Résiliation"),
    NON_RENEWAL("Non-renouvellement");

    private final String label;

    EndCause(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
