package fr.cpts.funding.schedule;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import java.util.Comparator;
import java.util.List;

/** The payments due for one contract year (échéancier), in date order. */
public record PaymentSchedule(ContractYear year, List<PaymentLine> lines) {

    public PaymentSchedule {
        lines = lines.stream().sorted(Comparator.comparing(PaymentLine::date)).toList();
    }

    /** Everything paid for the year, as the sum of its lines. */
    public Explanation total() {
        return Explanation.sum(
                "Total versé au titre de l'année " + year.number(),
                lines.stream().map(PaymentLine::explanation).toList());
    }

    public Money totalAmount() {
        return lines.stream().map(PaymentLine::amount).reduce(Money.ZERO, Money::plus);
    }
}
