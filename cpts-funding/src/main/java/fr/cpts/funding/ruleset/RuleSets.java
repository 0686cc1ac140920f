package fr.cpts.funding.ruleset;

import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The successive rule sets of one family (e.g. every ACI barème), none overlapping, oldest first. */
public final class RuleSets<P extends RuleSetParameters> {

    private final String familyLabel;
    private final List<RuleSet<P>> ruleSets;

    public RuleSets(String familyLabel, List<RuleSet<P>> ruleSets) {
        this.familyLabel = Objects.requireNonNull(familyLabel, "familyLabel");
        this.ruleSets = ruleSets.stream()
                .sorted(Comparator.comparing(ruleSet -> ruleSet.period().from()))
                .toList();
        if (this.ruleSets.isEmpty()) {
            throw new IllegalArgumentException("Aucun barème « " + familyLabel + " » n'est défini.");
        }
        for (int i = 1; i < this.ruleSets.size(); i++) {
            RuleSet<P> previous = this.ruleSets.get(i - 1);
            RuleSet<P> next = this.ruleSets.get(i);
            if (previous.period().overlaps(next.period())) {
                throw new IllegalArgumentException(
                        "Les barèmes « " + previous.name() + " » et « " + next.name() + " » s'appliquent tous deux le "
                                + FrenchDates.day(next.period().from()) + ".");
            }
        }
    }

    /** The rule set in force on the date (signature date or date asked); refused when none is. */
    public RuleSet<P> applicableOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        RuleSet<P> first = ruleSets.get(0);
        if (date.isBefore(first.period().from())) {
            throw new NoRuleSetInForce(
                    "Aucun barème « " + familyLabel + " » n'est en vigueur le " + FrenchDates.day(date)
                            + " : le premier, « " + first.name() + " », s'applique à partir du "
                            + FrenchDates.day(first.period().from()) + ".");
        }
        return ruleSets.stream()
                .filter(ruleSet -> ruleSet.period().contains(date))
                .findFirst()
                .orElseThrow(() -> new NoRuleSetInForce(
                        "Aucun barème « " + familyLabel + " » n'est en vigueur le " + FrenchDates.day(date) + "."));
    }

    /** Every rule set, oldest first (for an administrator's overview). */
    public List<RuleSet<P>> all() {
        return ruleSets;
    }
}
