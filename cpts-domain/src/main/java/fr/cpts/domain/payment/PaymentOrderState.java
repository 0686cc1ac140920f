package fr.cpts.domain.payment;

/**
 * Where a payment order stands: to pay, paid (frozen), suspended by the caisse with a reason, or cancelled because
 * what is due no longer includes it (an unpaid order only; a paid one is never cancelled, a regularisation follows).
 */
public enum PaymentOrderState {
    DUE("À payer"),
    PAID("Payé"),
    SUSPENDED("Suspendu"),
    CANCELLED("Annulé");

    private final String label;

    PaymentOrderState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the order still waits to be paid (due or suspended): only those are recomputed. */
    public boolean open() {
        return this == DUE || this == SUSPENDED;
    }
}
