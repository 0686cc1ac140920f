package fr.cpts.web.payment;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.contract.ContractPaymentsChanged;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.payment.PaymentOrdersRecomputed;
import fr.cpts.domain.payment.PaymentReconciliation;
import fr.cpts.domain.review.StatementIssued;
import fr.cpts.domain.shared.event.DomainEvent;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a CPTS's ledger equal to what it is owed, in the transaction of the move that changed it: a version of the
 * contract put in force (third signature, first or amendment), its end or a mission's start, a review closed with
 * its statement, a subsidy accepted. The CPTS is locked while its orders are recomputed; only open orders change,
 * and what differs from a paid order becomes a regularisation ({@link PaymentReconciliation}).
 */
@Component
class LedgerRecomputation {

    private final CptsRecords records;
    private final PaymentOrders orders;
    private final DueLines due;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerRecomputation(
            CptsRecords records, PaymentOrders orders, DueLines due, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.orders = orders;
        this.due = due;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void contractSigned(ContractSigned event) {
        if (event.fullySigned()) {
            recompute(event);
        }
    }

    @EventListener
    void contractPaymentsChanged(ContractPaymentsChanged event) {
        recompute(event);
    }

    @EventListener
    void statementIssued(StatementIssued event) {
        recompute(event);
    }

    @EventListener
    void subsidyAccepted(SubsidyRequestMoved event) {
        if (event.step().to() == SubsidyRequestState.ACCEPTED) {
            recompute(event);
        }
    }

    private void recompute(DomainEvent cause) {
        recompute(cause.cpts(), cause.actor());
    }

    /** Brings the CPTS's ledger to what it is owed today; publishes what changed, if anything did. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(CptsId id, Actor by) {
        CptsRecord cpts = records.byId(id).orElseThrow();
        PaymentReconciliation.Changes changes =
                PaymentReconciliation.of(orders.ofCptsLocked(id), due.of(cpts), FrenchFormats.today(clock));
        if (changes.none()) {
            return;
        }
        orders.apply(id, changes, clock.instant());
        events.publishEvent(new PaymentOrdersRecomputed(id, changes, by, clock.instant()));
    }
}
