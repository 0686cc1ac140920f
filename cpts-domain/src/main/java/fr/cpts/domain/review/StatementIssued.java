package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.lifecycle.Step;
import java.time.Instant;
import java.util.Objects;

/**
 * Closing the review issued the year's payment statement: its amounts and the archived PDF's name and SHA-256. It
 * follows the closing step, in the same transaction.
 */
public record StatementIssued(
        CptsId cpts,
        int contractYear,
        Step<ReviewMove, ReviewState> closing,
        Money fixedPartDue,
        Money variablePartEarned,
        Money advancesPaid,
        Money balanceDue,
        String filename,
        String sha256)
        implements ReviewEvent {

    public StatementIssued {
        Objects.requireNonNull(closing, "clôture");
        if (closing.move() != ReviewMove.CLOSE) {
            throw new IllegalArgumentException("Un relevé de paiement est établi à la clôture de la revue");
        }
    }

    @Override
    public Actor actor() {
        return closing.actor();
    }

    @Override
    public Instant at() {
        return closing.at();
    }
}
