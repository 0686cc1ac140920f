package fr.cpts.domain.mission;

/** Whether an ACI mission is compulsory (mission socle) or chosen by the CPTS (mission optionnelle). */
public enum MissionKind {
    CORE("socle"),
    OPTIONAL("optionnelle");

    private final String label;

    MissionKind(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }
}
