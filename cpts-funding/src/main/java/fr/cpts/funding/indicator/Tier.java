package fr.cpts.funding.indicator;

import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** One tier (palier) of an indicator: a threshold, a name such as « socle » or « objectif », and the amount it earns. */
public record Tier(String name, BigDecimal threshold, Money amount) {

    public Tier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(amount, "amount");
    }
}
