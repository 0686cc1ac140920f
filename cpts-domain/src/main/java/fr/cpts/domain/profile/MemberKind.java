package fr.cpts.domain.profile;

/** What a member of a CPTS is. */
public enum MemberKind {
    HEALTH_PROFESSIONAL("Professionnel de santé"),
    CARE_STRUCTURE("Structure d'exercice coordonné (ESP, MSP, CDS)"),
    MEDICO_SOCIAL_PARTNER("Partenaire médico-social"),
    HOSPITAL_PARTNER("Partenaire hospitalier");

    private final String label;

    MemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
