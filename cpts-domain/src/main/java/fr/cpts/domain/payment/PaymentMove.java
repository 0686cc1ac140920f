package fr.cpts.domain.payment;

/** What the caisse does to one payment order. */
public enum PaymentMove {
    PAY(PaymentOrderState.PAID),
    SUSPEND(PaymentOrderState.SUSPENDED),
    RESUME(PaymentOrderState.DUE);

    private final PaymentOrderState to;

    PaymentMove(PaymentOrderState to) {
        this.to = to;
    }

    /** The state the order is in after the move. */
    public PaymentOrderState to() {
        return to;
    }
}
