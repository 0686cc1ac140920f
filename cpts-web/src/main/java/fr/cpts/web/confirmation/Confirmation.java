package fr.cpts.web.confirmation;

import java.util.List;
import java.util.Objects;

/**
 * An irreversible act offered for confirmation before it is made: what it is, its consequences, the figures it
 * commits to, and where « Annuler » leads. The page shows it in a modal; the server shows it as a page of its own to
 * whoever posts the act without the answer {@link #ANSWER} (no JavaScript, or a forged request), and makes the act
 * only once it is confirmed.
 */
public record Confirmation(
        String id,
        String title,
        List<String> consequences,
        List<Figure> figures,
        String confirmLabel,
        String cancelUrl) {

    /** The form field that carries the answer, and the answer that confirms. */
    public static final String FIELD = "confirmation";

    public static final String ANSWER = "oui";

    /** A key figure of the act: « Solde dû » — « 43 517,12 € ». */
    public record Figure(String label, String value) {}

    public Confirmation {
        Objects.requireNonNull(id, "identifiant");
        Objects.requireNonNull(title, "titre");
        consequences = List.copyOf(consequences);
        figures = List.copyOf(figures);
        Objects.requireNonNull(confirmLabel, "libellé du bouton");
        Objects.requireNonNull(cancelUrl, "adresse d'annulation");
    }

    /** Whether the form carried the confirming answer. */
    public static boolean given(String answer) {
        return ANSWER.equals(answer);
    }
}
