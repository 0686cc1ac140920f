package fr.cpts.web.review;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.contract.PaymentStatement;
import fr.cpts.web.document.StatementDocument;
import java.time.Instant;

/**
 * The payment statement of a closed review as a page: the review, the statement's lines as the archived PDF shows them,
 * every amount's explanation, where these figures come from (and the balance today's rule data would give), and the
 * archived PDF's name, size and SHA-256.
 */
public record StatementPage(
        ReviewPage review,
        StatementDocument document,
        PaymentStatement statement,
        Figures figures,
        Money balanceWithTodaysRules,
        String filename,
        long size,
        String sha256,
        Instant generatedAt) {

    /** Where the figures shown come from. */
    public enum Figures {
        /** Recorded at closing; today's rule data gives the same. */
        RECORDED,
        /** Recorded at closing; today's rule data would give other figures, which are not applied. */
        RECORDED_RULES_CHANGED,
        /** Closed before figures were recorded: computed again with today's rule data (the archived PDF stands). */
        COMPUTED_AGAIN
    }
}
