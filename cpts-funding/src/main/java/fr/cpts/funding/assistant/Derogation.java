package fr.cpts.funding.assistant;

/** A situation the rules treat as an exception to one eligibility criterion (cas particulier, dérogation). */
public enum Derogation {
    NEW_INSTALLATION("médecin primo-installé sur le territoire"),
    DISABILITY_OR_LONG_TERM_ILLNESS(
            "médecin reconnu travailleur handicapé (RQTH) ou atteint d'une ALD ayant un impact sur son activité"),
    SHARED_ASSISTANT("même assistant médical partagé entre médecins, dans une coordination renforcée");

    private final String label;

    Derogation(String label) {
        this.label = label;
    }

    /** French label shown to users. */
    public String label() {
        return label;
    }
}
