package fr.cpts.funding.contract;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.PaymentLine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment of a contract's schedule (versement), for a contract year: either known (amount present), or pending
 * the yearly review (amount empty; {@code maximum} is the most it can be, and the explanation shows that maximum);
 * its {@link Kind} says whether it is paid to the CPTS, recovered from it (advances paid for days a contract that
 * ended no longer covers: the totals subtract it), or owed by a rule still to confirm (the totals leave it out).
 */
public record ContractPaymentLine(
        int year,
        LocalDate date,
        String label,
        Optional<Money> amount,
        Money maximum,
        Explanation explanation,
        Kind kind) {

    /** What a line does to the CPTS's account. */
    public enum Kind {
        PAYMENT,
        RECOVERY,
        TO_CONFIRM
    }

    public ContractPaymentLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(kind, "kind");
    }

    static ContractPaymentLine known(int year, PaymentLine line) {
        return of(Kind.PAYMENT, year, line.date(), line.explanation());
    }

    static ContractPaymentLine of(Kind kind, int year, LocalDate date, Explanation explanation) {
        return new ContractPaymentLine(
                year,
                date,
                explanation.label(),
                Optional.of(explanation.amount()),
                explanation.amount(),
                explanation,
                kind);
    }

    static ContractPaymentLine pending(int year, LocalDate date, String label, Explanation maximum) {
        return new ContractPaymentLine(year, date, label, Optional.empty(), maximum.amount(), maximum, Kind.PAYMENT);
    }

    /** True while the amount waits for the yearly review. */
    public boolean isPending() {
        return amount.isEmpty();
    }

    /** True for an amount recovered from the CPTS. */
    public boolean recovered() {
        return kind == Kind.RECOVERY;
    }

    /** True for an amount a rule still to confirm would owe: shown, not counted. */
    public boolean toConfirm() {
        return kind == Kind.TO_CONFIRM;
    }
}
