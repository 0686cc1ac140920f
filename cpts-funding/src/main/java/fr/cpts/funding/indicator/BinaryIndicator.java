package fr.cpts.funding.indicator;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import java.util.List;
import java.util.Objects;

/** An indicator paid in full when its objective is reached, nothing otherwise (objectif atteint ou non). */
public record BinaryIndicator(String code, String label, Money amount) implements Indicator {

    public BinaryIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public Money maximum() {
        return amount;
    }

    @Override
    public Explanation earned(IndicatorResults results) {
        boolean reached = results.isReached(code);
        Money earned = reached ? amount : Money.ZERO;
        return Explanation.computed(
                label,
                earned,
                (reached ? "objectif atteint → " : "objectif non atteint (atteint : " + amount + ") → ") + earned,
                List.of());
    }
}
