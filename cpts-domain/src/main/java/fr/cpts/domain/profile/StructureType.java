package fr.cpts.domain.profile;

/** The coordinated-care structures that may be members of a CPTS. */
public enum StructureType {
    ESP("Équipe de soins primaires (ESP)"),
    MSP("Maison de santé pluriprofessionnelle (MSP)"),
    CDS("Centre de santé (CDS)");

    private final String label;

    StructureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
