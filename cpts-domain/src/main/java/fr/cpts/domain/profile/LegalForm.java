package fr.cpts.domain.profile;

/** Legal forms a group of health professionals may take; only the associations are open to a CPTS today. */
public enum LegalForm {
    ASSOCIATION_LOI_1901("Association loi 1901"),
    ASSOCIATION_DROIT_LOCAL("Association de droit local (Bas-Rhin, Haut-Rhin, Moselle)"),
    SISA("Société interprofessionnelle de soins ambulatoires (SISA)"),
    GIE("Groupement d'intérêt économique (GIE)"),
    GCS("Groupement de coopération sanitaire (GCS)"),
    COOPERATIVE("Société coopérative"),
    OTHER("Autre forme juridique");

    private final String label;

    LegalForm(String label) {
        this.label = label;
    }

    /** French name of the form. */
    public String label() {
        return label;
    }
}
