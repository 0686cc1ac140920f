package fr.cpts.domain.dossier;

/** The bodies whose opinion (avis) the ARS asks on a dossier. */
public enum OpinionBody {
    /** Union régionale des professionnels de santé: answers outside the platform, the ARS records it. */
    URPS("URPS"),
    /** Caisse primaire d'assurance maladie of the CPTS's département: answers on the platform, or the ARS records it. */
    CPAM("CPAM");

    private final String label;

    OpinionBody(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
