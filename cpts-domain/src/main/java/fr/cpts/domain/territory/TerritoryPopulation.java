package fr.cpts.domain.territory;

import java.util.Collection;

/**
 * The population a territory serves: the sum of the known populations of its communes, and how many of its
 * communes have no known population (counted apart, never as zero).
 */
public record TerritoryPopulation(int communes, long knownPopulation, int communesWithUnknownPopulation) {

    public TerritoryPopulation {
        if (communes < 0
                || knownPopulation < 0
                || communesWithUnknownPopulation < 0
                || communesWithUnknownPopulation > communes) {
            throw new IllegalArgumentException("Population de territoire incohérente");
        }
    }

    /** The population of these communes. */
    public static TerritoryPopulation of(Collection<Commune> communes) {
        long known = 0;
        int unknown = 0;
        for (Commune commune : communes) {
            if (commune.population().isPresent()) {
                known += commune.population().getAsInt();
            } else {
                unknown++;
            }
        }
        return new TerritoryPopulation(communes.size(), known, unknown);
    }

    /** Whether every commune's population is known, so that the sum is the whole population. */
    public boolean isComplete() {
        return communesWithUnknownPopulation == 0;
    }
}
