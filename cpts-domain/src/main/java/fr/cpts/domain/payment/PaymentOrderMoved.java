package fr.cpts.domain.payment;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The caisse paid, suspended or resumed a payment order: the order as it was before, and the facts of the move (the
 * payment's date and accounting reference, or the suspension's reason).
 */
public record PaymentOrderMoved(
        PaymentOrder order,
        PaymentMove move,
        LocalDate paidOn,
        String reference,
        String reason,
        Actor actor,
        Instant at)
        implements DomainEvent {

    public PaymentOrderMoved {
        Objects.requireNonNull(order, "ordre");
        Objects.requireNonNull(move, "mouvement");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
    }

    @Override
    public CptsId cpts() {
        return order.cpts();
    }
}
