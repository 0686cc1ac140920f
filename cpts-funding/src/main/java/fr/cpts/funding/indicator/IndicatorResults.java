package fr.cpts.funding.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The indicator results a CPTS declared for one contract year, as accepted at the yearly review (revue annuelle). */
public record IndicatorResults(Set<String> reachedObjectives, Map<String, BigDecimal> measures) {

    public IndicatorResults {
        reachedObjectives = Set.copyOf(reachedObjectives);
        measures = Map.copyOf(measures);
    }

    /** No result declared yet. */
    public static IndicatorResults none() {
        return new IndicatorResults(Set.of(), Map.of());
    }

    /** These results plus a binary indicator whose objective is reached. */
    public IndicatorResults reached(String code) {
        Set<String> reached = new HashSet<>(reachedObjectives);
        reached.add(Objects.requireNonNull(code, "code"));
        return new IndicatorResults(reached, measures);
    }

    /** These results plus the measured value of a tiered indicator. */
    public IndicatorResults measured(String code, BigDecimal value) {
        Map<String, BigDecimal> measured = new HashMap<>(measures);
        measured.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(value, "value"));
        return new IndicatorResults(reachedObjectives, measured);
    }

    public boolean isReached(String code) {
        return reachedObjectives.contains(code);
    }

    public Optional<BigDecimal> measureOf(String code) {
        return Optional.ofNullable(measures.get(code));
    }
}
