package fr.cpts.domain.cpts;

/**
 * Where a CPTS stands in its life: from the initiative of a few professionals to the signed ACI contract.
 */
public enum CptsStage {
    INITIATIVE("Initiative", "Constituer l'équipe et déposer la lettre d'intention"),
    LETTRE_INTENTION("Lettre d'intention", "Lettre d'intention en cours d'instruction par l'ARS"),
    PROJET_SANTE("Projet de santé", "Projet de santé à déposer ou en cours d'instruction par l'ARS"),
    CONTRAT_ACI("Contrat ACI", "Contrat ACI en cours de signature ou signé"),
    REVUE_ANNUELLE("Revue annuelle", "Indicateurs de l'année à déclarer et à faire valider par la CPAM");

    private final String label;
    private final String nextStep;

    CptsStage(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    /** French name of the stage, as shown to users. */
    public String label() {
        return label;
    }

    /** The later of this stage and that one: dossiers move a CPTS forward, never back. */
    public CptsStage atLeast(CptsStage other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** What is expected next at this stage, in French. */
    public String nextStep() {
        return nextStep;
    }
}
