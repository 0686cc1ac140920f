package fr.cpts.funding.indicator;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator paid by tiers (paliers): the best tier the result reaches earns its amount, e.g. ALD
 * patients without médecin traitant ≤ 50 → 9 000 €, ≤ 100 → 6 000 €, ≤ 219 → 3 000 €.
 */
public record TieredIndicator(String code, String label, Direction direction, List<Tier> tiers) implements Indicator {

    public TieredIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("L'indicateur « " + label + " » doit avoir au moins un palier.");
        }
    }

    @Override
    public Money maximum() {
        return tiers.stream().map(Tier::amount).max(Comparator.naturalOrder()).orElseThrow();
    }

    @Override
    public Explanation earned(IndicatorResults results) {
        Optional<BigDecimal> result = results.measureOf(code);
        if (result.isEmpty()) {
            return Explanation.computed(label, Money.ZERO, "résultat non déclaré → " + Money.ZERO, List.of());
        }
        String value = FrenchNumbers.format(result.get());
        return tiers.stream()
                .filter(tier -> direction.reaches(result.get(), tier.threshold()))
                .max(Comparator.comparing(Tier::amount))
                .map(tier -> Explanation.computed(
                        label,
                        tier.amount(),
                        "résultat " + value + " " + direction.symbol() + " " + FrenchNumbers.format(tier.threshold())
                                + " : palier « " + tier.name() + " » → " + tier.amount(),
                        List.of()))
                .orElseGet(() -> Explanation.computed(
                        label, Money.ZERO, "résultat " + value + " : aucun palier atteint → " + Money.ZERO, List.of()));
    }
}
