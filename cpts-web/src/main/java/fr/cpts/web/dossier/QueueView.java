package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.DossierQueue.Need;
import fr.cpts.domain.dossier.DossierState;

/**
 * The views of the ARS's dossier queue, with the slug of their address and their French name (message
 * {@code dossier.ars.view.<NAME>}): what needs a decision (the default), the answers received, every dossier filed.
 */
public enum QueueView {
    TO_DECIDE("a-traiter", Need.DECISION),
    ANSWERS("reponses", Need.ANSWER_READING),
    ALL("tous", null);

    private final String slug;
    private final Need need;

    QueueView(String slug, Need need) {
        this.slug = slug;
        this.need = need;
    }

    public String slug() {
        return slug;
    }

    /** What the ARS has to do with the dossiers of this view; null for every dossier. */
    Need need() {
        return need;
    }

    /**
     * The view of that slug; without one (or for an unknown one), what needs a decision, or every dossier when a
     * state is chosen (a link to the validated dossiers shows them all).
     */
    public static QueueView of(String slug, boolean stateChosen) {
        for (QueueView view : values()) {
            if (view.slug.equals(slug)) {
                return view;
            }
        }
        return stateChosen ? ALL : TO_DECIDE;
    }

    /** The state a list's {@code etat} parameter names; null for none or for a name that is no state. */
    static DossierState stateNamed(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DossierState.valueOf(state);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
