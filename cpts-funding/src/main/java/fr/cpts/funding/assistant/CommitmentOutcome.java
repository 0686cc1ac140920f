package fr.cpts.funding.assistant;

import fr.cpts.funding.explanation.Explanation;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where a doctor's commitment to grow the patient list stands for one contract year, and the year's aid that follows:
 * in full before the commitment applies or once it is met; modulated « à confirmer » when it is missed, by the rule
 * set's configurable rule.
 *
 * @param target   the patient list the commitment promises (initial list × (1 + increase)), empty when none recorded
 * @param declared the list declared for the year, empty until declared
 * @param aid      the year's aid on the grid, before the commitment
 * @param amount   the year's aid as it follows from the commitment, explained
 */
public record CommitmentOutcome(
        int year,
        State state,
        OptionalLong target,
        OptionalLong declared,
        Explanation aid,
        Explanation amount,
        boolean toConfirm) {

    /** The states of a commitment for a year. */
    public enum State {
        NOT_YET_DUE("engagement non encore applicable"),
        NOT_RECORDED("engagement non renseigné dans la demande"),
        AWAITING_DECLARATION("patientèle de l'année à déclarer"),
        MET("engagement tenu"),
        MISSED("engagement non tenu");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CommitmentOutcome {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(aid, "aid");
        Objects.requireNonNull(amount, "amount");
    }
}
