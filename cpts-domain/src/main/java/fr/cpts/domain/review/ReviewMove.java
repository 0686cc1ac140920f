package fr.cpts.domain.review;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.lifecycle.Move;
import fr.cpts.domain.shared.lifecycle.MoveRule;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the yearly review: who makes each one, from which states, to which state (the same one for the moves
 * on a single indicator), and whether it must be explained.
 */
public enum ReviewMove implements Move<ReviewState> {
    /** The CPTS saves the value of one indicator, while drafting or correcting. */
    DECLARE(
            "déclarer un indicateur de",
            Role.PORTEUR,
            EnumSet.of(ReviewState.DRAFT, ReviewState.CORRECTIONS_REQUESTED),
            null,
            false),
    SUBMIT("déposer", Role.PORTEUR, EnumSet.of(ReviewState.DRAFT), ReviewState.SUBMITTED, false),
    ACCEPT("accepter un indicateur de", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), null, false),
    ADJUST("ajuster un indicateur de", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), null, true),
    REQUEST_CORRECTIONS(
            "demander des corrections sur",
            Role.CPAM_OFFICER,
            EnumSet.of(ReviewState.SUBMITTED),
            ReviewState.CORRECTIONS_REQUESTED,
            true),
    RESUBMIT(
            "déposer de nouveau",
            Role.PORTEUR,
            EnumSet.of(ReviewState.CORRECTIONS_REQUESTED),
            ReviewState.SUBMITTED,
            false),
    CLOSE("clôturer", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), ReviewState.CLOSED, false),
    /**
     * The ARS records that it declared a serious health crisis (crise sanitaire grave) during the year, which makes
     * the crisis mission's variable part due; once the CPTS filed the review and before it is closed, citing its
     * decision.
     */
    DECLARE_CRISIS(
            "déclarer une crise sanitaire grave pour",
            Role.ARS_OFFICER,
            EnumSet.of(ReviewState.SUBMITTED, ReviewState.CORRECTIONS_REQUESTED),
            null,
            true);

    private final MoveRule<ReviewState> rule;

    ReviewMove(String verb, Role actor, Set<ReviewState> from, ReviewState to, boolean reasonRequired) {
        this.rule = new MoveRule<>(verb, actor, from, to, reasonRequired);
    }

    @Override
    public MoveRule<ReviewState> rule() {
        return rule;
    }

    /** The moves someone of that role may make on a review in that state. */
    public static Set<ReviewMove> available(ReviewState state, Role role) {
        return Move.available(ReviewMove.class, state, role);
    }
}
