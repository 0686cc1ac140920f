package fr.cpts.web.review;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.confirmation.Confirmation;
import java.util.List;

/**
 * What closing a yearly review commits the CPAM to, said before it closes: the review is frozen, its statement is
 * issued and archived, and the balance that will be due, with the statement's figures as the current decisions give
 * them.
 */
final class CloseConfirmation {

    static final String ID = "confirmer-cloture";

    private CloseConfirmation() {}

    /** The confirmation of closing the page's review (the page must offer closing: {@link ReviewPage#closeReady()}). */
    static Confirmation of(ReviewPage page) {
        PaymentStatement statement = page.projection().orElseThrow();
        String balanceDay = FrenchDates.day(statement.balanceDate());
        String balance = !statement.balanceDue().amount().isGreaterThan(Money.ZERO)
                ? "Aucun solde ne sera dû : les versements déjà faits couvrent le total de l'année."
                : "Le solde de " + statement.balanceDue().amount() + " sera dû à la CPTS le " + balanceDay + ".";
        return new Confirmation(
                ID,
                "Clôturer la revue annuelle de l'année " + page.year() + " ?",
                List.of(
                        balance,
                        "La clôture est définitive : la revue ne pourra plus être modifiée, ni ses valeurs retenues "
                                + "changées.",
                        "Le relevé de paiement de l'année " + page.year() + " est établi sur ces valeurs et archivé "
                                + "en PDF avec son empreinte : il fait foi."),
                List.of(
                        new Confirmation.Figure("CPTS", page.cpts().name()),
                        new Confirmation.Figure(
                                "Année du contrat",
                                page.year() + " sur " + YearlyReview.CONTRACT_YEARS + ", du "
                                        + FrenchDates.day(page.start()) + " au " + FrenchDates.day(page.end())),
                        new Confirmation.Figure(
                                "Part fixe due",
                                statement.fixedPartDue().amount().toString()),
                        new Confirmation.Figure(
                                "Part variable acquise",
                                statement.variablePartEarned().amount().toString()),
                        new Confirmation.Figure(
                                "Déjà versé", statement.advancesPaid().amount().toString()),
                        new Confirmation.Figure(
                                "Solde dû le " + balanceDay,
                                statement.balanceDue().amount().toString())),
                "Je clôture la revue",
                page.base());
    }
}
