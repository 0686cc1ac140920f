package fr.cpts.web.payment;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.web.audit.Audit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the application is ready, fills the ledger of every CPTS owed something that has no order yet (contracts
 * signed and subsidies accepted before the ledger existed), one transaction per CPTS, as « système ». Moves made
 * since fill it as they happen ({@link LedgerRecomputation}).
 */
@Component
class LedgerBackfill {

    private static final Logger log = LoggerFactory.getLogger(LedgerBackfill.class);
    private static final Actor SYSTEM = new Actor(Audit.SYSTEM, "Plateforme", Role.ADMINISTRATOR);

    private final PaymentOrders orders;
    private final LedgerRecomputation recomputation;
    private final TransactionTemplate transactions;

    LedgerBackfill(PaymentOrders orders, LedgerRecomputation recomputation, TransactionTemplate transactions) {
        this.orders = orders;
        this.recomputation = recomputation;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        List<CptsId> owed = transactions.execute(status -> orders.owedWithoutOrders());
        for (CptsId cpts : owed) {
            transactions.executeWithoutResult(status -> recomputation.recompute(cpts, SYSTEM));
        }
        if (!owed.isEmpty()) {
            log.info("Registre des paiements : {} CPTS examinées pour un premier calcul de leurs ordres", owed.size());
        }
    }
}
