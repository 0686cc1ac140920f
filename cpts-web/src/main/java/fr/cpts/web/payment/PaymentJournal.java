package fr.cpts.web.payment;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderMoved;
import fr.cpts.domain.payment.PaymentOrdersRecomputed;
import fr.cpts.domain.payment.PaymentReconciliation;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The journal of the ledger, in the transaction of each act: a payment (date, reference, amount), a suspension (its
 * reason) or its lifting, each on its order; a recomputation once for the CPTS, with what it created, recomputed,
 * cancelled and each regularisation.
 */
@Component
class PaymentJournal {

    /** The journal's entity id of a CPTS's whole ledger. */
    static final String LEDGER = "registre";

    private final Audit audit;

    PaymentJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void moved(PaymentOrderMoved event) {
        PaymentOrder order = event.order();
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange("paymentOrder", null, order.label()));
        fields.add(new FieldChange("paymentAmount", null, euros(order.amount())));
        fields.add(new FieldChange(
                "state", order.state().label(), event.move().to().label()));
        AuditAction action =
                switch (event.move()) {
                    case PAY -> {
                        fields.add(new FieldChange("paidOn", null, FrenchDates.day(event.paidOn())));
                        fields.add(new FieldChange("accountingReference", null, event.reference()));
                        yield AuditAction.PAYMENT;
                    }
                    case SUSPEND -> AuditAction.PAYMENT_SUSPENSION;
                    case RESUME -> AuditAction.PAYMENT_RESUMPTION;
                };
        audit.record(event, AuditedEntity.ORDRE_PAIEMENT, order.id(), action, event.reason(), fields);
    }

    @EventListener
    void recomputed(PaymentOrdersRecomputed event) {
        PaymentReconciliation.Changes changes = event.changes();
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange(
                "ordersCreated", null, String.valueOf(changes.created().size())));
        fields.add(new FieldChange(
                "ordersAmended", null, String.valueOf(changes.amended().size())));
        fields.add(new FieldChange(
                "ordersCancelled", null, String.valueOf(changes.cancelled().size())));
        changes.regularisations()
                .forEach(regularisation -> fields.add(new FieldChange(
                        "regularisation",
                        null,
                        regularisation.line().label() + " → "
                                + euros(regularisation.line().amount()))));
        audit.record(event, AuditedEntity.ORDRE_PAIEMENT, LEDGER, AuditAction.PAYMENT_ORDERS_RECOMPUTED, null, fields);
    }

    static String euros(BigDecimal amount) {
        return FrenchNumbers.format(amount) + " €";
    }
}
