package fr.cpts.domain.review;

import fr.cpts.domain.account.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the yearly review: who makes each one, from which states, to which state (the same one for the moves
 * on a single indicator), and whether it must be explained.
 */
public enum ReviewMove {
    /** The CPTS saves the value of one indicator, while drafting or correcting. */
    DECLARE("déclarer un indicateur de", Role.PORTEUR,
            EnumSet.of(ReviewState.DRAFT, ReviewState.CORRECTIONS_REQUESTED), null, false),
    SUBMIT("déposer", Role.PORTEUR, EnumSet.of(ReviewState.DRAFT), ReviewState.SUBMITTED, false),
    ACCEPT("accepter un indicateur de", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), null, false),
    ADJUST("ajuster un indicateur de", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), null, true),
    REQUEST_CORRECTIONS("demander des corrections sur", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED),
            ReviewState.CORRECTIONS_REQUESTED, true),
    RESUBMIT("déposer de nouveau", Role.PORTEUR, EnumSet.of(ReviewState.CORRECTIONS_REQUESTED),
            ReviewState.SUBMITTED, false),
    CLOSE("clôturer", Role.CPAM_OFFICER, EnumSet.of(ReviewState.SUBMITTED), ReviewState.CLOSED, false),
    /**
     * The ARS records that it declared a serious health crisis (crise sanitaire grave) during the year, which makes
     * the crisis mission's variable part due; once the CPTS filed the review and before it is closed, citing its
     * decision.
     */
    DECLARE_CRISIS("déclarer une crise sanitaire grave pour", Role.ARS_OFFICER,
            EnumSet.of(ReviewState.SUBMITTED, ReviewState.CORRECTIONS_REQUESTED), null, true);

    private final String verb;
    private final Role actor;
    private final Set<ReviewState> from;
    private final ReviewState to;
    private final boolean reasonRequired;

    ReviewMove(String verb, Role actor, Set<ReviewState> from, ReviewState to, boolean reasonRequired) {
        this.verb = verb;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    /** French infinitive, as in « Impossible de clôturer cette revue annuelle ». */
    public String verb() {
        return verb;
    }

    /** « Impossible de clôturer », « Impossible d'accepter un indicateur de »: how a refusal of this move starts. */
    public String refusal() {
        return "Impossible " + ("aeiouéh".indexOf(verb.charAt(0)) >= 0 ? "d'" : "de ") + verb;
    }

    /** The only role that may make this move. */
    public Role actor() {
        return actor;
    }

    public boolean allowedFrom(ReviewState state) {
        return from.contains(state);
    }

    /** The state after the move; the same state for a move on one indicator. */
    public ReviewState to(ReviewState state) {
        return to == null ? state : to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The moves someone of that role may make on a review in that state. */
    public static Set<ReviewMove> available(ReviewState state, Role role) {
        Set<ReviewMove> moves = EnumSet.noneOf(ReviewMove.class);
        for (ReviewMove move : values()) {
            if (move.actor == role && move.allowedFrom(state)) {
                moves.add(move);
            }
        }
        return moves;
    }
}
