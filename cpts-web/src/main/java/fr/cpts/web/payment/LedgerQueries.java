package fr.cpts.web.payment;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.payment.PaymentLedger;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person reads of the ledger, over their scope: the CPAM officer their départements, the ARS officer their
 * région, the porteur their CPTS, the administrator all of France. Nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class LedgerQueries {

    private final PaymentLedger ledger;
    private final Clock clock;

    LedgerQueries(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One page of a view, with the count and total of every view. */
    public LedgerPage page(Account viewer, LedgerView view, PageRequest page) {
        LocalDate today = today();
        AccessScope scope = scopeOf(viewer);
        return new LedgerPage(
                view, ledger.counts(scope, today), ledger.listed(scope, view, today, page), viewer.role(), today);
    }

    /** Every order of a view, row by row, for an export. */
    public void each(Account viewer, LedgerView view, Consumer<LedgerRow> row) {
        ledger.each(scopeOf(viewer), view, today(), row);
    }

    /** One order of the viewer's scope. */
    public LedgerRow order(Account viewer, long id) {
        return ledger.one(scopeOf(viewer), id).orElseThrow(OrderNotFound::new);
    }

    public LocalDate today() {
        return FrenchFormats.today(clock);
    }

    static AccessScope scopeOf(Account viewer) {
        return viewer.role() == Role.ADMINISTRATOR ? new AccessScope.National() : viewer.scope();
    }
}
