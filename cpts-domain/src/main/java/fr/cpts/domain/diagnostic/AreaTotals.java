package fr.cpts.domain.diagnostic;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sums of the imported indicators over an area (a list of communes, a département, a région, France), as
 * PostgreSQL adds them up: per indicator (and, for the zoning, per category) the sum of the values, the sum of value
 * times population and the population (for a weighted mean), and how many communes gave a value.
 */
public record AreaTotals(Map<Key, Sum> sums) {

    /** No values at all (an area without data). */
    public static final AreaTotals NONE = new AreaTotals(Map.of());

    /** The share of an area's communes its figures must cover for it to be compared with. */
    public static final int COVERAGE_PERCENT = 95;

    public AreaTotals {
        sums = Map.copyOf(Objects.requireNonNull(sums, "sommes"));
    }

    /**
     * The indicators known for at least 95 % of the area's communes: a comparison with a département, a région or
     * France is made only with figures that cover it (a data set given for a few départements says nothing of France).
     */
    public AreaTotals complete(int areaCommunes) {
        Map<String, Integer> communes = new HashMap<>();
        sums.forEach((key, sum) -> communes.merge(key.indicator(), sum.communes(), Integer::sum));
        Map<Key, Sum> kept = new HashMap<>();
        sums.forEach((key, sum) -> {
            if (communes.get(key.indicator()) * 100L >= COVERAGE_PERCENT * (long) areaCommunes) {
                kept.put(key, sum);
            }
        });
        return new AreaTotals(kept);
    }

    public Optional<Sum> of(String indicator) {
        return Optional.ofNullable(sums.get(new Key(indicator, "")));
    }

    public Optional<Sum> of(String indicator, Zone zone) {
        return Optional.ofNullable(sums.get(new Key(indicator, zone.name())));
    }

    /** An indicator and, for the zoning, a category ({@code ""} for a number). */
    public record Key(String indicator, String category) {
        public Key {
            Objects.requireNonNull(indicator, "indicateur");
            Objects.requireNonNull(category, "catégorie");
        }
    }

    /**
     * @param total    the sum of the values (for a zoning category, the population of its communes)
     * @param weighted the sum of value × population
     * @param weight   the population of the communes that gave a value (known populations only)
     * @param communes how many communes gave a value
     */
    public record Sum(BigDecimal total, BigDecimal weighted, BigDecimal weight, int communes) {
        public Sum {
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(weighted, "somme pondérée");
            Objects.requireNonNull(weight, "poids");
        }
    }
}
