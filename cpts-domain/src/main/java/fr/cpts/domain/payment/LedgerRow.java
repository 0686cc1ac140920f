package fr.cpts.domain.payment;

import java.util.Objects;

/** One order as the ledger lists it, with the CPTS it belongs to. */
public record LedgerRow(PaymentOrder order, String cptsName, String departement) {

    public LedgerRow {
        Objects.requireNonNull(order, "ordre");
        Objects.requireNonNull(cptsName, "CPTS");
    }
}
