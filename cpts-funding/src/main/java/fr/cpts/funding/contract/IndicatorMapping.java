package fr.cpts.funding.contract;

import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.funding.indicator.BinaryIndicator;
import fr.cpts.funding.indicator.Direction;
import fr.cpts.funding.indicator.IndicatorResults;
import fr.cpts.funding.indicator.Tier;
import fr.cpts.funding.indicator.TieredIndicator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a contract indicator to the engine's: the name is both code and label; a target at or above the baseline means
 * higher is better, below it lower is better; a tiered reward keeps its thresholds as given.
 */
public final class IndicatorMapping {

    private IndicatorMapping() {}

    /** Higher is better when the target is at least the baseline, lower is better otherwise. */
    public static Direction directionOf(Indicator indicator) {
        return indicator.target().compareTo(indicator.baseline()) >= 0
                ? Direction.HIGHER_IS_BETTER
                : Direction.LOWER_IS_BETTER;
    }

    /** Whether a value reaches the indicator's target, in its direction. */
    public static boolean reachesTarget(Indicator indicator, BigDecimal value) {
        return directionOf(indicator).reaches(Objects.requireNonNull(value, "valeur"), indicator.target());
    }

    /** The engine's indicator: binary for a {@link BinaryReward}, by tiers for a {@link TieredReward}. */
    public static fr.cpts.funding.indicator.Indicator toEngine(Indicator indicator) {
        if (indicator.reward() instanceof TieredReward tiered) {
            return new TieredIndicator(
                    indicator.name(),
                    indicator.name(),
                    directionOf(indicator),
                    tiered.tiers().stream().map(IndicatorMapping::toEngine).toList());
        }
        return new BinaryIndicator(indicator.name(), indicator.name(), ((BinaryReward) indicator.reward()).amount());
    }

    /**
     * The results the engine reads from values by indicator name: a binary indicator is reached when its value reaches
     * the target; a tiered one is measured at its value. An indicator without a value is neither.
     */
    public static IndicatorResults results(Collection<Indicator> indicators, Map<String, BigDecimal> values) {
        IndicatorResults results = IndicatorResults.none();
        for (Indicator indicator : indicators) {
            BigDecimal value = values.get(indicator.name());
            if (value == null) {
                continue;
            }
            if (indicator.reward() instanceof TieredReward) {
                results = results.measured(indicator.name(), value);
            } else if (reachesTarget(indicator, value)) {
                results = results.reached(indicator.name());
            }
        }
        return results;
    }

    private static Tier toEngine(RewardTier tier) {
        return new Tier(tier.label(), tier.threshold(), tier.amount());
    }
}
