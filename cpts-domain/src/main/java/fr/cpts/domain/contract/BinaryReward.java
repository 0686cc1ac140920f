package fr.cpts.domain.contract;

import fr.cpts.domain.money.Money;
import java.util.Objects;

/** An indicator paid all or nothing (indicateur binaire): the amount when the target is reached. */
public record BinaryReward(Money amount) implements IndicatorReward {

    public BinaryReward {
        Objects.requireNonNull(amount, "montant");
    }

    @Override
    public Money maximum() {
        return amount;
    }
}
