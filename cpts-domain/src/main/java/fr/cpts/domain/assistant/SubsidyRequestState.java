package fr.cpts.domain.assistant;

/**
 * Where a medical-assistant subsidy request stands: written as a draft (brouillon) by the porteur, filed with the
 * CPAM (déposée), then accepted (acceptée) or refused (refusée) by the CPAM.
 */
public enum SubsidyRequestState {
    DRAFT("Brouillon"),
    FILED("Déposée, en attente de la CPAM"),
    ACCEPTED("Acceptée"),
    REFUSED("Refusée");

    private final String label;

    SubsidyRequestState(String label) {
        this.label = label;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }

    /** Whether the CPAM has decided and nothing more will happen to the request. */
    public boolean isFinal() {
        return this == ACCEPTED || this == REFUSED;
    }
}
