package fr.cpts.domain.payment;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** What a CPTS is owed changed (a contract signed or amended, a review closed, a subsidy accepted): its ledger followed. */
public record PaymentOrdersRecomputed(CptsId cpts, PaymentReconciliation.Changes changes, Actor actor, Instant at)
        implements DomainEvent {

    public PaymentOrdersRecomputed {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(changes, "changements");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
    }
}
