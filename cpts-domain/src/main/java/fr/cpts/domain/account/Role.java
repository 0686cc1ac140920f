package fr.cpts.domain.account;

/** What a person does on the platform; each role sees and may do different things. */
public enum Role {
    /** Porteur de projet or coordinator of one CPTS. */
    PORTEUR("Porteur de projet"),
    /** Agent of an Agence Régionale de Santé, scoped to one région. */
    ARS_OFFICER("Agent ARS"),
    /** Agent of a CPAM (CGSS overseas), scoped to one or more départements. */
    CPAM_OFFICER("Agent CPAM"),
    /** Manages accounts and reference data; takes no decision on dossiers. */
    ADMINISTRATOR("Administrateur");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** French name of the role, as shown to users. */
    public String label() {
        return label;
    }
}
