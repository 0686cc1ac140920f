package fr.cpts.web.review;

/** What the CPAM officer decides on one declared indicator, as the review page's form sends it. */
public enum IndicatorDecision {
    /** Retain the declared value. */
    ACCEPT,
    /** Retain another value, saying why. */
    ADJUST
}
