package fr.cpts.web.contract;

import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.confirmation.Confirmation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What recording the end of the contract in force commits the parties to, said before it is recorded: it is final,
 * no amendment may follow, and from its day no payment is ordered and what was advanced beyond it is recovered.
 */
final class EndConfirmation {

    static final String ID = "confirmer-fin";

    private EndConfirmation() {}

    /** The confirmation of ending the page's contract in force; the cause and day posted, when known. */
    static Confirmation of(ContractPage page, String base, EndCause cause, LocalDate endsOn) {
        SignedContract inForce = page.active();
        List<String> consequences = new ArrayList<>();
        consequences.add(
                "La fin du contrat est définitive : elle ne se modifie plus, et aucun avenant ne pourra " + "suivre.");
        consequences.add("À partir de sa date, aucun versement n'est ordonné : ce qui a été avancé pour les jours "
                + "suivants est à récupérer au prorata, ce qui reste dû pour la période couverte est soldé.");
        if (cause == null) {
            consequences.add("Une résiliation prend effet à la date indiquée ; un non-renouvellement, au terme du "
                    + "contrat.");
        } else if (cause == EndCause.NON_RENEWAL) {
            consequences.add("Le non-renouvellement prend effet au terme du contrat.");
        }
        List<Confirmation.Figure> figures = new ArrayList<>();
        figures.add(new Confirmation.Figure("CPTS", page.cpts().name()));
        figures.add(new Confirmation.Figure("Contrat signé le", FrenchDates.day(inForce.signatureDate())));
        if (cause != null) {
            figures.add(new Confirmation.Figure("Cause", cause.label()));
        }
        if (cause == EndCause.TERMINATION && endsOn != null) {
            figures.add(new Confirmation.Figure("Date de fin", FrenchDates.day(endsOn)));
        }
        return new Confirmation(
                ID,
                "Mettre fin au contrat ACI de " + page.cpts().name() + " ?",
                consequences,
                figures,
                "J'enregistre la fin du contrat",
                base + "#fin-contrat");
    }
}
