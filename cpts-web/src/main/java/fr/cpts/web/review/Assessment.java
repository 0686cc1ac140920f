package fr.cpts.web.review;

import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CPAM officer's decision on one indicator, as typed in a row of the review's table: the indicator's name, the
 * decision (null when none was chosen), and for an adjustment the value retained (a French decimal, read with the
 * indicator's name in any refusal) and its reason.
 */
public record Assessment(String indicator, IndicatorDecision decision, String value, String reason) {

    /** The indicator's name, without the spaces around it. */
    public String name() {
        return indicator == null ? "" : indicator.strip();
    }

    /** Whether something was typed in the row beside the decision. */
    boolean typed() {
        return (value != null && !value.isBlank()) || (reason != null && !reason.isBlank());
    }

    /** Whether the decision is the one already recorded (accepted again, or adjusted to the same value and reason). */
    boolean sameAs(Optional<IndicatorAssessment> recorded, BigDecimal retained, String why) {
        if (recorded.isEmpty()) {
            return false;
        }
        IndicatorAssessment current = recorded.get();
        return decision == IndicatorDecision.ACCEPT
                ? current.decision() == AssessmentDecision.ACCEPTED
                : current.decision() == AssessmentDecision.ADJUSTED
                        && current.retainedValue().compareTo(retained) == 0
                        && current.reason().equals(why);
    }

    /**
     * The rows of the table's form: {@code indicator-<i>}, {@code decision-<i>}, {@code value-<i>} and
     * {@code reason-<i>}; a row without an indicator is ignored, an unknown decision refused with the indicator's name.
     */
    static List<Assessment> rows(Map<String, String> form) {
        List<String> indicators = ReviewViews.indexed(form, "indicator-");
        List<Assessment> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            String indicator = indicators.get(i);
            if (indicator == null || indicator.isBlank()) {
                continue;
            }
            rows.add(new Assessment(
                    indicator,
                    decision(form.get("decision-" + i), indicator.strip()),
                    form.get("value-" + i),
                    form.get("reason-" + i)));
        }
        return rows;
    }

    /** A row as it was typed, to show again after a refusal: the decision's name, the value, the reason. */
    public record Typed(String decision, String value, String reason) {}

    /** The rows typed, by indicator name (never refused: for showing them again). */
    static Map<String, Typed> typed(Map<String, String> form) {
        List<String> indicators = ReviewViews.indexed(form, "indicator-");
        Map<String, Typed> typed = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i) != null) {
                typed.put(
                        indicators.get(i).strip(),
                        new Typed(form.get("decision-" + i), form.get("value-" + i), form.get("reason-" + i)));
            }
        }
        return typed;
    }

    private static IndicatorDecision decision(String typed, String indicator) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (IndicatorDecision decision : IndicatorDecision.values()) {
            if (decision.name().equals(typed)) {
                return decision;
            }
        }
        throw new DomainException(
                "Indicateur « " + shortened(indicator) + " » : la décision doit être « Accepter » ou « Ajuster ».");
    }

    /** An indicator's name as a refusal quotes it: at most 80 characters. */
    static String shortened(String name) {
        return name.length() > 80 ? name.substring(0, 80) + "…" : name;
    }
}
