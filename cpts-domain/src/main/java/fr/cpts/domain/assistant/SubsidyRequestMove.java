package fr.cpts.domain.assistant;

import fr.cpts.domain.account.Role;

import java.util.EnumSet;
import java.util.Set;

/** The moves of a subsidy request: who makes each one, from which state, to which, and whether it needs a reason. */
public enum SubsidyRequestMove {
    FILE("déposer", Role.PORTEUR, SubsidyRequestState.DRAFT, SubsidyRequestState.FILED, false),
    ACCEPT("accepter", Role.CPAM_OFFICER, SubsidyRequestState.FILED, SubsidyRequestState.ACCEPTED, false),
    REFUSE("refuser", Role.CPAM_OFFICER, SubsidyRequestState.FILED, SubsidyRequestState.REFUSED, true);

    private final String verb;
    private final Role actor;
    private final SubsidyRequestState from;
    private final SubsidyRequestState to;
    private final boolean reasonRequired;

    SubsidyRequestMove(String verb, Role actor, SubsidyRequestState from, SubsidyRequestState to,
                       boolean reasonRequired) {
        this.verb = verb;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    /** French infinitive, as in « Impossible d'accepter cette demande ». */
    public String verb() {
        return verb;
    }

    /** The only role that may make this move. */
    public Role actor() {
        return actor;
    }

    public boolean allowedFrom(SubsidyRequestState state) {
        return from == state;
    }

    public SubsidyRequestState to() {
        return to;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The moves someone of that role may make on a request in that state. */
    public static Set<SubsidyRequestMove> available(SubsidyRequestState state, Role role) {
        Set<SubsidyRequestMove> moves = EnumSet.noneOf(SubsidyRequestMove.class);
        for (SubsidyRequestMove move : values()) {
            if (move.actor == role && move.allowedFrom(state)) {
                moves.add(move);
            }
        }
        return moves;
    }
}
