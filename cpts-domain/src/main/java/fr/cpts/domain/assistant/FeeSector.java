package fr.cpts.domain.assistant;

/** The doctor's fee sector under the convention médicale (secteur conventionnel). */
public enum FeeSector {
    SECTOR_1("secteur 1"),
    SECTOR_2("secteur 2"),
    NOT_CONTRACTED("non conventionné");

    private final String label;

    FeeSector(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }
}
