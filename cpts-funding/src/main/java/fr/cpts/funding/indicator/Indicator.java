package fr.cpts.funding.indicator;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.explanation.Explanation;

/** An indicator of the contract (indicateur) whose result earns part of a mission's variable part. */
public sealed interface Indicator permits BinaryIndicator, TieredIndicator {

    /** Identifies the indicator in the declared results. */
    String code();

    /** French label shown to users. */
    String label();

    /** The most the indicator can earn in a year. */
    Money maximum();

    /** What the declared results earn, explained. */
    Explanation earned(IndicatorResults results);
}
