package fr.cpts.funding.assistant;

import fr.cpts.funding.ruleset.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The doctor's commitments (engagements du médecin) in a rule set: from which contract year the patient list must
 * have grown, the range of increases each option allows (the larger the initial list, the smaller the increase: the
 * exact increase is agreed in the contract), and what happens to the year's aid when the commitment is missed.
 */
public record CommitmentRules(
        Parameter<Long> fromYear, Map<AssistantOption, IncreaseRange> ranges, MissedCommitmentRule missed) {

    public CommitmentRules {
        Objects.requireNonNull(fromYear, "fromYear");
        ranges = Map.copyOf(ranges);
        Objects.requireNonNull(missed, "missed");
    }

    /** The increases an option allows, in whole percent of the initial patient list. */
    public record IncreaseRange(AssistantOption option, Parameter<Long> minimum, Parameter<Long> maximum) {

        public IncreaseRange {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(maximum, "maximum");
        }
    }

    /**
     * What a missed commitment does to the year's aid: the rule the platform applies ({@code rule}, configurable
     * data) and whether a public text confirms it; while it does not, the outcome is shown « à confirmer ».
     */
    public record MissedCommitmentRule(Modulation rule, boolean confirmed, String source) {

        public MissedCommitmentRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The modulations the platform knows how to compute. */
    public enum Modulation {
        /** The aid times the share of the promised increase reached (0 to 100 %). */
        PRORATA_OF_ATTAINMENT("aide × part de l'augmentation promise atteinte"),
        /** No aid for the year. */
        NONE_PAID("aucune aide pour l'année");

        private final String label;

        Modulation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The range of an option, empty when the rule set sets none for it. */
    public Optional<IncreaseRange> rangeOf(AssistantOption option) {
        return Optional.ofNullable(ranges.get(option));
    }

    List<Parameter<Long>> parameters() {
        return Stream.concat(
                        Stream.of(fromYear),
                        ranges.values().stream().flatMap(range -> Stream.of(range.minimum(), range.maximum())))
                .toList();
    }
}
