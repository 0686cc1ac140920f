package fr.cpts.funding.schedule;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.Objects;

/** One payment of the schedule (versement): its date, what it pays and how the amount was obtained. */
public record PaymentLine(LocalDate date, Explanation explanation) {

    public PaymentLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** French label, e.g. {@code Avance de 75 % de la part fixe – Prévention – année 2}. */
    public String label() {
        return explanation.label();
    }

    public Money amount() {
        return explanation.amount();
    }
}
