package fr.cpts.domain.mission;

/** One of the six missions funded by the ACI (missions de la CPTS), with its French label and kind. */
public enum Mission {
    ACCES_SOINS("Accès aux soins (médecin traitant et soins non programmés)", MissionKind.CORE),
    PARCOURS("Parcours pluriprofessionnels", MissionKind.CORE),
    PREVENTION("Prévention", MissionKind.CORE),
    /** Added by avenant 2 to the ACI. */
    CRISES_SANITAIRES("Réponse aux crises sanitaires graves", MissionKind.CORE),
    QUALITE_PERTINENCE("Qualité et pertinence des soins", MissionKind.OPTIONAL),
    ACCOMPAGNEMENT_PROFESSIONNELS("Accompagnement des professionnels de santé", MissionKind.OPTIONAL);

    private final String label;
    private final MissionKind kind;

    Mission(String label, MissionKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }

    public MissionKind kind() {
        return kind;
    }
}
