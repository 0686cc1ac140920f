package fr.cpts.funding.contract;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.PaymentLine;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment of a contract's schedule (versement), for a contract year: either known (amount present), or pending
 * the yearly review (amount empty; {@code maximum} is the most it can be, and the explanation shows that maximum).
 */
public record ContractPaymentLine(
        int year, LocalDate date, String label, Optional<Money> amount, Money maximum, Explanation explanation) {

    public ContractPaymentLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(explanation, "explanation");
    }

    static ContractPaymentLine known(int year, PaymentLine line) {
        return new ContractPaymentLine(
                year, line.date(), line.label(), Optional.of(line.amount()), line.amount(), line.explanation());
    }

    static ContractPaymentLine pending(int year, LocalDate date, String label, Explanation maximum) {
        return new ContractPaymentLine(year, date, label, Optional.empty(), maximum.amount(), maximum);
    }

    /** True while the amount waits for the yearly review. */
    public boolean isPending() {
        return amount.isEmpty();
    }
}
