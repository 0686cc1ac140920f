package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.RewardTier;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.indicator.Direction;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Explains, in French, what each indicator of a mission earns from a value (amount computed by the engine; the text
 * adds the value, the target and the direction), or what it can earn at most while the yearly review is open.
 */
final class IndicatorExplanations {

    /** How a value is named in the explanations. */
    enum ValueKind {
        ACCEPTED("valeur retenue"),
        SIMULATED("valeur simulée");

        private final String words;

        ValueKind(String words) {
            this.words = words;
        }
    }

    private IndicatorExplanations() {}

    /**
     * The variable part a mission earns in a reviewed (or simulated) year, indicator by indicator; the engine's own
     * explanation for the crisis mission without a declared crisis.
     */
    static Explanation variablePart(
            ContractMission mission, YearlyReview review, Map<String, BigDecimal> values, ValueKind kind) {
        if (mission.mission() == Mission.CRISES_SANITAIRES && !review.crisisDeclared()) {
            return ContractMapping.toEngine(mission).variablePartEarned(review);
        }
        return Explanation.sum(
                "Part variable – " + mission.mission().label(),
                mission.indicators().stream()
                        .map(indicator -> earned(indicator, review, values.get(indicator.name()), kind))
                        .toList());
    }

    /** What one indicator earns; a missing value is « valeur non déclarée » and earns nothing. */
    static Explanation earned(Indicator indicator, YearlyReview review, BigDecimal value, ValueKind kind) {
        Explanation engine = IndicatorMapping.toEngine(indicator).earned(review.results());
        if (value == null) {
            return Explanation.computed(indicator.name(), Money.ZERO, "valeur non déclarée → " + Money.ZERO, List.of());
        }
        String valueText = kind.words + " " + FrenchNumbers.format(value);
        String arithmetic;
        if (indicator.reward() instanceof TieredReward) {
            arithmetic = valueText + ", " + sense(indicator) + " → " + engine.amount();
        } else {
            boolean reached = IndicatorMapping.reachesTarget(indicator, value);
            Direction direction = IndicatorMapping.directionOf(indicator);
            String sign = reached ? direction.symbol() : (direction == Direction.HIGHER_IS_BETTER ? "<" : ">");
            arithmetic = valueText + " " + sign + " cible " + FrenchNumbers.format(indicator.target()) + ", "
                    + sense(indicator) + " : objectif " + (reached ? "atteint" : "non atteint") + " → "
                    + engine.amount();
        }
        return Explanation.computed(indicator.name(), engine.amount(), arithmetic, List.of(engine));
    }

    /** The most a mission's variable part can earn, indicator by indicator, while the yearly review is open. */
    static Explanation maximum(ContractMission mission, int year, boolean crisisDeclared) {
        List<Explanation> indicators = mission.indicators().stream()
                .map(IndicatorExplanations::maximum)
                .toList();
        Money total = ContractMapping.variablePart(mission);
        String condition = mission.mission() == Mission.CRISES_SANITAIRES && !crisisDeclared
                ? " ; dû seulement si l'ARS déclare une crise sanitaire grave"
                : "";
        return Explanation.computed(
                "Part variable – " + mission.mission().label() + " – année " + year + " : maximum possible",
                total,
                "montant connu après la revue annuelle" + condition + " ; au plus "
                        + String.join(
                                " + ",
                                indicators.stream()
                                        .map(i -> i.amount().toString())
                                        .toList()) + " = "
                        + total,
                indicators);
    }

    private static Explanation maximum(Indicator indicator) {
        Money most = indicator.reward().maximum();
        String how = indicator.reward() instanceof TieredReward tiered
                ? "meilleur palier « "
                        + tiered.tiers().stream()
                                .max(Comparator.comparing(RewardTier::amount))
                                .orElseThrow()
                                .label() + " »"
                : "objectif atteint";
        return Explanation.computed(indicator.name(), most, "au plus, " + how + " → " + most, List.of());
    }

    /** « à la hausse (cible 40 ≥ valeur de départ 28,5) » or « à la baisse (cible 50 < valeur de départ 219) ». */
    private static String sense(Indicator indicator) {
        String target = FrenchNumbers.format(indicator.target());
        String baseline = FrenchNumbers.format(indicator.baseline());
        return IndicatorMapping.directionOf(indicator) == Direction.HIGHER_IS_BETTER
                ? "à la hausse (cible " + target + " ≥ valeur de départ " + baseline + ")"
                : "à la baisse (cible " + target + " < valeur de départ " + baseline + ")";
    }
}
