package fr.cpts.web.review;

/**
 * The CPAM officer's assessment of one indicator, as typed: the indicator's name, the decision (null when none was
 * chosen), and for an adjustment the value retained (a French decimal, read with the indicator's name in any
 * refusal) and its reason.
 */
public record Assessment(String indicator, IndicatorDecision decision, String value, String reason) {

    /** The indicator's name, without the spaces around it. */
    public String name() {
        return indicator == null ? "" : indicator.strip();
    }
}
