package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.EligibilityVerdict;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.assistant.CommitmentOutcome;
import fr.cpts.funding.explanation.Explanation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the funding engine says of a request, as the pages show it: the rule set (barème) in force on the hiring date,
 * every eligibility criterion the doctor fails (criterion and reason, in French), the criteria a derogation waives,
 * the warnings where the rule set
 * lacks data, and the yearly amounts of the first contract years with their total, or why they cannot be computed.
 */
public record SubsidyAssessment(
        String ruleSet,
        List<Failure> failures,
        List<Derogation> derogations,
        List<String> warnings,
        List<ScheduleYear> schedule,
        Optional<String> scheduleRefusal) {

    /** Shown when no rule set is in force on the hiring date. */
    static final String NO_RULE_SET = "aucun barème en vigueur";

    public SubsidyAssessment {
        failures = List.copyOf(failures);
        derogations = List.copyOf(derogations);
        warnings = List.copyOf(warnings);
        schedule = List.copyOf(schedule);
    }

    /** A criterion not met: its name and the engine's reason. */
    public record Failure(String criterion, String reason) {}

    /** A criterion a derogation waives: the engine's explanation, and whether the caisse must decide it. */
    public record Derogation(String explanation, boolean decisionRequired) {}

    /**
     * One contract year: its number, its dates (year 1 starts on the hiring date), its explained amount on the grid,
     * and where the doctor's commitment stands for it with the aid that follows.
     */
    public record ScheduleYear(int year, LocalDate from, LocalDate to, CommitmentOutcome commitment) {

        /** The aid of the year on the grid. */
        public Explanation amount() {
            return commitment.aid();
        }

        /** The aid of the year once the commitment is taken into account (« à confirmer » when flagged so). */
        public Explanation due() {
            return commitment.amount();
        }
    }

    /** Why no rule set applies to the hiring date, when none does (a date before the first barème). */
    public Optional<String> noRuleSet() {
        return NO_RULE_SET.equals(ruleSet) && !failures.isEmpty()
                ? Optional.of(failures.get(0).reason())
                : Optional.empty();
    }

    public boolean eligible() {
        return failures.isEmpty();
    }

    /** The sum of the yearly amounts due shown (a modulated amount « à confirmer » included as computed). */
    public Money total() {
        return schedule.stream().map(year -> year.due().amount()).reduce(Money.ZERO, Money::plus);
    }

    /** The verdict the request's lifecycle checks before filing or accepting. */
    public EligibilityVerdict verdict() {
        List<String> reasons = new ArrayList<>();
        failures.forEach(failure -> reasons.add(failure.reason()));
        return new EligibilityVerdict(ruleSet, reasons);
    }
}
