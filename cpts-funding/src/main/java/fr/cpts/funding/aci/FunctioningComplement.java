package fr.cpts.funding.aci;

import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The functioning complement a revaluing avenant owes for one contract year paid before it: the year, the day it is
 * dated (the avenant's first day), whether the rule is confirmed by a source, and the amount explained.
 */
public record FunctioningComplement(int year, LocalDate date, boolean confirmed, Explanation amount) {

    public FunctioningComplement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
    }
}
