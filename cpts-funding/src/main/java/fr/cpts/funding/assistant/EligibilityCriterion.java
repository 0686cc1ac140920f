package fr.cpts.funding.assistant;

/** One condition of access to the medical-assistant subsidy (critère d'éligibilité). */
public enum EligibilityCriterion {
    OPTION_OPEN("option ouverte"),
    SPECIALTY("spécialité"),
    CLINICAL_FEES("part des honoraires cliniques"),
    SECTOR("secteur conventionnel"),
    GROUPED_PRACTICE("exercice regroupé"),
    ACTIVITY("activité minimale"),
    COORDINATED_PRACTICE("exercice coordonné"),
    STRUCTURE_INDICATORS("volet 1 du forfait structure"),
    FULL_TIME_ZONE("temps plein en zone sous-dense");

    private final String label;

    EligibilityCriterion(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }
}
