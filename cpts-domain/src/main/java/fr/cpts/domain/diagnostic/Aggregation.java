package fr.cpts.domain.diagnostic;

/** How an indicator's commune values make the figure of a list of communes. */
public enum Aggregation {
    /** The sum of the communes' values (counts of people). */
    SUM,
    /** A ratio of two summed indicators, times a scale (100 for a percentage): never a mean of rates. */
    RATIO,
    /** The mean of the communes' values weighted by their population (an accessibility index). */
    WEIGHTED_MEAN,
    /** A category per commune (ZIP, ZAC, outside): the share of the population living in each. */
    ZONING
}
