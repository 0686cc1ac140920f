package fr.cpts.funding.contract;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.PaymentLine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment of a contract's schedule (versement), for a contract year: either known (amount present), or pending
 * the yearly review (amount empty; {@code maximum} is the most it can be, and the explanation shows that maximum), or
 * an amount recovered from the CPTS ({@code recovered}: advances paid for days a contract that ended no longer
 * covers), which the totals subtract.
 */
public record ContractPaymentLine(
        int year,
        LocalDate date,
        String label,
        Optional<Money> amount,
        Money maximum,
        Explanation explanation,
        boolean recovered) {

    public ContractPaymentLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(explanation, "explanation");
    }

    static ContractPaymentLine known(int year, PaymentLine line) {
        return known(year, line.date(), line.explanation());
    }

    static ContractPaymentLine known(int year, LocalDate date, Explanation explanation) {
        return new ContractPaymentLine(
                year,
                date,
                explanation.label(),
                Optional.of(explanation.amount()),
                explanation.amount(),
                explanation,
                false);
    }

    static ContractPaymentLine pending(int year, LocalDate date, String label, Explanation maximum) {
        return new ContractPaymentLine(year, date, label, Optional.empty(), maximum.amount(), maximum, false);
    }

    static ContractPaymentLine recovery(int year, LocalDate date, Explanation recovered) {
        return new ContractPaymentLine(
                year, date, recovered.label(), Optional.of(recovered.amount()), recovered.amount(), recovered, true);
    }

    /** True while the amount waits for the yearly review. */
    public boolean isPending() {
        return amount.isEmpty();
    }
}
