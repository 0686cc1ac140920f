package fr.cpts.domain.contract;

import fr.cpts.domain.money.Money;

/** How an indicator of the variable part (part variable) pays: one amount when the target is met, or tiers (paliers). */
public sealed interface IndicatorReward permits BinaryReward, TieredReward {

    /** The most this indicator can earn in a year. */
    Money maximum();
}
