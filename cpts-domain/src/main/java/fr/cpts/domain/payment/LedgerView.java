package fr.cpts.domain.payment;

/** The views of the ledger an officer switches between, with the slug of their address. */
public enum LedgerView {
    THIS_MONTH("mois", "À payer ce mois-ci"),
    LATE("en-retard", "En retard"),
    SUSPENDED("suspendus", "Suspendus"),
    UPCOMING("a-venir", "À venir"),
    PAID("payes", "Payés"),
    ALL("tous", "Tous");

    private final String slug;
    private final String label;

    LedgerView(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** The view of that slug, {@link #THIS_MONTH} for none or an unknown one. */
    public static LedgerView ofSlug(String slug) {
        for (LedgerView view : values()) {
            if (view.slug.equals(slug)) {
                return view;
            }
        }
        return THIS_MONTH;
    }
}
