package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.web.confirmation.Confirmation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ARS's decisions on a dossier that cannot be undone (validate, refuse, close without follow-up), each said before
 * it is made: the dossier's instruction ends, the decision letter goes to the porteur, and what the CPTS may do next.
 * The other moves (take, ask for corrections) are made on one click.
 */
public record DecisionConfirmations(Map<DossierMove, Confirmation> byMove) {

    private static final Map<DossierMove, String> IDS = Map.of(
            DossierMove.VALIDATE, "confirmer-validation",
            DossierMove.REFUSE, "confirmer-refus",
            DossierMove.CLOSE, "confirmer-classement");

    public DecisionConfirmations {
        byMove = Map.copyOf(byMove);
    }

    /** Whether that move is confirmed before it is made. */
    static boolean required(DossierMove move) {
        return IDS.containsKey(move);
    }

    /** The confirmations of the irreversible moves the page offers (the reason typed is not known yet). */
    static DecisionConfirmations of(DossierPage page) {
        Map<DossierMove, Confirmation> confirmations = new EnumMap<>(DossierMove.class);
        for (DossierMove move : page.moves()) {
            if (required(move)) {
                confirmations.put(move, of(page, move, null));
            }
        }
        return new DecisionConfirmations(confirmations);
    }

    /** The confirmation of that move on the page's dossier, with the reason posted, if any. */
    static Confirmation of(DossierPage page, DossierMove move, String reason) {
        DossierKind kind = page.file().dossier().kind();
        String dossier = (kind == DossierKind.LETTRE_INTENTION ? "la lettre d'intention" : "le projet de santé")
                + " de " + (page.cpts().name().startsWith("CPTS") ? "la " : "la CPTS ")
                + page.cpts().name();
        List<String> consequences = new ArrayList<>();
        consequences.add("La décision est définitive : l'instruction du dossier s'achève, il ne pourra plus être "
                + "modifié ni déposé de nouveau.");
        consequences.add(next(kind, move));
        consequences.add("Une lettre de décision est établie, archivée en PDF et notifiée au porteur de projet"
                + (move == DossierMove.VALIDATE ? "." : " ; elle reprend le motif saisi."));
        List<Confirmation.Figure> figures = new ArrayList<>();
        figures.add(new Confirmation.Figure("CPTS", page.cpts().name()));
        figures.add(new Confirmation.Figure("Dossier", kind.label()));
        figures.add(new Confirmation.Figure(
                "État actuel", page.file().dossier().state().label()));
        figures.add(new Confirmation.Figure("Après la décision", move.to().label()));
        if (reason != null && !reason.isBlank()) {
            figures.add(new Confirmation.Figure("Motif", reason.strip()));
        }
        String title =
                switch (move) {
                    case VALIDATE -> "Valider " + dossier + " ?";
                    case REFUSE -> "Refuser " + dossier + " ?";
                    default -> "Classer sans suite " + dossier + " ?";
                };
        String confirm =
                switch (move) {
                    case VALIDATE -> "Je valide le dossier";
                    case REFUSE -> "Je refuse le dossier";
                    default -> "Je classe le dossier sans suite";
                };
        return new Confirmation(
                IDS.get(move), title, consequences, figures, confirm, "/ars/dossiers/" + page.id() + "#decision");
    }

    /** What the CPTS may do once that decision is made. */
    private static String next(DossierKind kind, DossierMove move) {
        if (move == DossierMove.VALIDATE) {
            return kind == DossierKind.LETTRE_INTENTION
                    ? "La CPTS pourra élaborer et déposer son projet de santé."
                    : "La CPTS pourra négocier et signer son contrat ACI avec l'ARS et l'Assurance Maladie.";
        }
        return kind == DossierKind.LETTRE_INTENTION
                ? "La CPTS ne pourra pas déposer de projet de santé sur cette lettre d'intention."
                : "La CPTS ne pourra pas signer de contrat ACI sur ce projet de santé.";
    }

    /** The modal's id for that move's button, or none when the move is made on one click. */
    public Optional<String> idFor(DossierMove move) {
        return Optional.ofNullable(byMove.get(move)).map(Confirmation::id);
    }

    /** Every confirmation, for the modals of the page. */
    public List<Confirmation> all() {
        return List.copyOf(byMove.values());
    }
}
