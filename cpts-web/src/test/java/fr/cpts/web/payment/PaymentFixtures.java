package fr.cpts.web.payment;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.payment.DueLine;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.payment.PaymentReconciliation;
import fr.cpts.domain.payment.PaymentSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Payment orders written through the port, for tests that need one without the story that would create it. */
public final class PaymentFixtures {

    private PaymentFixtures() {}

    /** One order to pay of 1 000 € due on {@code dueOn} for the CPTS; returns its number. */
    public static long dueOrder(
            PlatformTransactionManager transactions, PaymentOrders orders, CptsId cpts, LocalDate dueOn) {
        return new TransactionTemplate(transactions).execute(status -> {
            DueLine line = new DueLine(
                    "test:" + cpts.value() + ":" + dueOn,
                    PaymentSource.CONTRACT_SCHEDULE,
                    null,
                    1,
                    dueOn,
                    "Ordre de test – année 1",
                    "CPTS",
                    new BigDecimal("1000.00"));
            // reconciled against no order: the change creates this order and touches no other
            orders.apply(cpts, PaymentReconciliation.of(List.of(), List.of(line), dueOn), Instant.now());
            return orders.ofCptsLocked(cpts).stream()
                    .filter(order -> order.key().equals(line.key()))
                    .findFirst()
                    .orElseThrow()
                    .id();
        });
    }
}
