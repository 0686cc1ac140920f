package fr.cpts.domain.payment;

import java.math.BigDecimal;

/** How many orders a view of the ledger holds and what they add up to (signed euros). */
public record LedgerCount(LedgerView view, long orders, BigDecimal total) {}
