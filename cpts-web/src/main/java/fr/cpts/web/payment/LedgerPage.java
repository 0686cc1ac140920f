package fr.cpts.web.payment;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.payment.LedgerCount;
import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.shared.page.Page;
import java.time.LocalDate;
import java.util.List;

/** The ledger as its page shows it: the view chosen, the count and total of every view, one page of orders. */
public record LedgerPage(
        LedgerView view, List<LedgerCount> counts, Page<LedgerRow> rows, Role viewer, LocalDate today) {

    public LedgerPage {
        counts = List.copyOf(counts);
    }

    /** The count of a view. */
    public LedgerCount count(LedgerView of) {
        return counts.stream().filter(count -> count.view() == of).findFirst().orElseThrow();
    }

    /** Whether the viewer records payments (the CPAM); the others read. */
    public boolean recordsPayments() {
        return viewer == Role.CPAM_OFFICER;
    }

    /** Whether the list offers boxes to pay a selection: the CPAM, on a view of orders to pay. */
    public boolean selectable() {
        return recordsPayments()
                && rows.rows().stream().anyMatch(row -> row.order().state() == PaymentOrderState.DUE);
    }

    /** Whether an order is late on the day shown. */
    public boolean late(PaymentOrder order) {
        return order.state() == PaymentOrderState.DUE && order.dueOn().isBefore(today);
    }

    public List<LedgerView> views() {
        return List.of(LedgerView.values());
    }
}
