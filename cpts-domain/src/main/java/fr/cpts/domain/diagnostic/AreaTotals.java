package fr.cpts.domain.diagnostic;

import java.math.BigDecimal;
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

    public AreaTotals {
        sums = Map.copyOf(Objects.requireNonNull(sums, "sommes"));
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
