package fr.cpts.domain.territory;

import java.util.List;
import java.util.Objects;

/**
 * How much of a département the CPTS territories cover, and what they leave out (« zones blanches »).
 *
 * @param communes                      its current communes
 * @param population                    their known population
 * @param uncoveredCommunes             the communes in no CPTS territory
 * @param uncoveredPopulation           their known population
 * @param uncoveredWithUnknownPopulation how many of them have no known population
 * @param largestUncovered              the most populated uncovered communes, largest first
 */
public record DepartementCoverage(
        Departement departement,
        int communes,
        long population,
        int uncoveredCommunes,
        long uncoveredPopulation,
        int uncoveredWithUnknownPopulation,
        List<Commune> largestUncovered) {

    public DepartementCoverage {
        Objects.requireNonNull(departement, "département");
        largestUncovered = List.copyOf(Objects.requireNonNull(largestUncovered, "communes non couvertes"));
        if (uncoveredCommunes > communes || uncoveredPopulation > population) {
            throw new IllegalArgumentException("Couverture incohérente pour le département " + departement.code());
        }
    }

    public long coveredPopulation() {
        return population - uncoveredPopulation;
    }

    /** Share of the known population covered, in whole percent rounded down (0 when the population is unknown). */
    public int coveredPopulationPercent() {
        return population == 0 ? 0 : (int) (coveredPopulation() * 100 / population);
    }
}
