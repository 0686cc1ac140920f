package fr.cpts.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The communes of a scope and what the CPTS territories cover of them: a commune is covered when a CPTS territory
 * holds it (or the city its arrondissement divides). Populations are the known ones (INSEE population municipale).
 */
public record Coverage(long communes, long population, long uncoveredCommunes, long uncoveredPopulation) {

    public long coveredPopulation() {
        return population - uncoveredPopulation;
    }

    /** The share of the population covered, in percent with one decimal; empty for a scope with no population. */
    public Optional<BigDecimal> coveredShare() {
        if (population == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(coveredPopulation())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP));
    }
}
