package fr.cpts.domain.territory;

/**
 * The population a territory serves: the sum of the known populations of its communes, and how many of its
 * communes have no known population (counted apart, never as zero).
 */
public record TerritoryPopulation(int communes, long knownPopulation, int communesWithUnknownPopulation) {

    public TerritoryPopulation {
        if (communes < 0 || knownPopulation < 0 || communesWithUnknownPopulation < 0
                || communesWithUnknownPopulation > communes) {
            throw new IllegalArgumentException("Population de territoire incohérente");
        }
    }

    /** Whether every commune's population is known, so that the sum is the whole population. */
    public boolean isComplete() {
        return communesWithUnknownPopulation == 0;
    }
}
