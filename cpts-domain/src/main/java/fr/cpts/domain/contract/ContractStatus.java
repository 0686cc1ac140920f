package fr.cpts.domain.contract;

/**
 * Where a version of the ACI contract stands: being drafted (projet), being signed, in force (en vigueur) or replaced
 * by an amendment (remplacé par un avenant).
 */
public enum ContractStatus {
    DRAFT("Projet de contrat"),
    AWAITING_SIGNATURES("En cours de signature"),
    ACTIVE("En vigueur"),
    SUPERSEDED("Remplacé par un avenant");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
