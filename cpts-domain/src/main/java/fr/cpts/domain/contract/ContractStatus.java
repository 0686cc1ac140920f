package fr.cpts.domain.contract;

/**
 * Where a version of the ACI contract stands: being drafted (projet), being signed, in force (en vigueur), replaced
 * by an amendment (remplacé par un avenant), or ended (terminé: terminated by a party or not renewed).
 */
public enum ContractStatus {
    DRAFT("Projet de contrat"),
    AWAITING_SIGNATURES("En cours de signature"),
    ACTIVE("En vigueur"),
    SUPERSEDED("Remplacé par un avenant"),
    ENDED("Terminé");

    private final String label;

    ContractStatus(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }
}
