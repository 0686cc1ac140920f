package fr.cpts.domain.contract;

import fr.cpts.domain.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** An indicator paid by tiers (indicateur à paliers), e.g. socle, intermédiaire, objectif. */
public record TieredReward(List<RewardTier> tiers) implements IndicatorReward {

    public TieredReward {
        Objects.requireNonNull(tiers, "paliers");
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("Un indicateur à paliers doit en avoir au moins un.");
        }
        tiers = List.copyOf(tiers);
        if (new HashSet<>(tiers.stream().map(RewardTier::label).toList()).size() != tiers.size()) {
            throw new IllegalArgumentException("Deux paliers portent le même nom.");
        }
    }

    /** The best-paid tier's amount. */
    @Override
    public Money maximum() {
        return tiers.stream().map(RewardTier::amount).max(Money::compareTo).orElseThrow();
    }
}
