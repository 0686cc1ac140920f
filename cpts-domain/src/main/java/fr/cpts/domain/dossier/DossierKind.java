package fr.cpts.domain.dossier;

/** The two dossiers a CPTS files with its ARS before it may sign the ACI contract, in the order they are filed. */
public enum DossierKind {
    /** Lettre d'intention: the planned territory, a first diagnostic, the actors and the main orientations. */
    LETTRE_INTENTION("Lettre d'intention", "lettre-intention"),
    /** Projet de santé: the diagnostic, the objectives and one fiche action per mission. */
    PROJET_SANTE("Projet de santé", "projet-sante");

    private final String label;
    private final String slug;

    DossierKind(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** French name, as shown to users. */
    public String label() {
        return label;
    }

    /** The kind as written in addresses ({@code lettre-intention}, {@code projet-sante}). */
    public String slug() {
        return slug;
    }

    /** The kind written as {@link #slug()} in an address, if any. */
    public static java.util.Optional<DossierKind> fromSlug(String slug) {
        for (DossierKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
