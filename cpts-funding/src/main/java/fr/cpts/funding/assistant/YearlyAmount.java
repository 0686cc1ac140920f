package fr.cpts.funding.assistant;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;
import java.util.Objects;

/** The subsidy for a contract year and every later year until the next entry (e.g. year 3 and later: 10 500 €). */
public record YearlyAmount(int fromYear, Parameter<Money> amount) {

    public YearlyAmount {
        Objects.requireNonNull(amount, "amount");
        if (fromYear < 1) {
            throw new IllegalArgumentException("Une année de contrat commence à 1 : " + fromYear + ".");
        }
    }
}
