package fr.cpts.domain.payment;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Port: the payment orders, written by the ledger's use cases. */
public interface PaymentOrders {

    /**
     * Every order of the CPTS (its own and its doctors' subsidies), the CPTS locked until the transaction ends so
     * that two recomputations of the same ledger run one after the other.
     */
    List<PaymentOrder> ofCptsLocked(CptsId cpts);

    /**
     * The CPTS that may be owed something (a contract signed or a subsidy accepted) and have no order yet: a ledger
     * to fill once, for data written before the ledger existed.
     */
    List<CptsId> owedWithoutOrders();

    /** Writes the changes of a recomputation (paid orders are never touched; the database refuses it). */
    void apply(CptsId cpts, PaymentReconciliation.Changes changes, Instant at);

    /** The orders among {@code ids} that the scope covers, each locked until the transaction ends. */
    List<PaymentOrder> inScopeLocked(Collection<Long> ids, AccessScope scope);

    /**
     * Records a move: a payment (at most one per order, a database constraint), a suspension or its lifting. False
     * when the order was no longer in the state the move starts from.
     */
    boolean record(PaymentOrderMoved move);
}
