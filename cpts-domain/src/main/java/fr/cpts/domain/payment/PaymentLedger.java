package fr.cpts.domain.payment;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Read port: the ledger of a scope, by view, filtered, sorted and paged in the database. */
public interface PaymentLedger {

    /** One page of a view on {@code today}, by due date then CPTS. */
    Page<LedgerRow> listed(AccessScope scope, LedgerView view, LocalDate today, PageRequest page);

    /** Every order of a view, streamed in the list's order (for the exports): never the whole list in memory. */
    void each(AccessScope scope, LedgerView view, LocalDate today, Consumer<LedgerRow> row);

    /** One order, if the scope covers it. */
    Optional<LedgerRow> one(AccessScope scope, long id);

    /** The count and total of every view, in one reading. */
    List<LedgerCount> counts(AccessScope scope, LocalDate today);
}
