package fr.cpts.domain.assistant;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.lifecycle.Move;
import fr.cpts.domain.shared.lifecycle.MoveRule;
import java.util.Set;

/** The moves of a subsidy request: who makes each one, from which state, to which, and whether it needs a reason. */
public enum SubsidyRequestMove implements Move<SubsidyRequestState> {
    FILE("déposer", Role.PORTEUR, SubsidyRequestState.DRAFT, SubsidyRequestState.FILED, false),
    ACCEPT("accepter", Role.CPAM_OFFICER, SubsidyRequestState.FILED, SubsidyRequestState.ACCEPTED, false),
    REFUSE("refuser", Role.CPAM_OFFICER, SubsidyRequestState.FILED, SubsidyRequestState.REFUSED, true);

    private final MoveRule<SubsidyRequestState> rule;

    SubsidyRequestMove(
            String verb, Role actor, SubsidyRequestState from, SubsidyRequestState to, boolean reasonRequired) {
        this.rule = new MoveRule<>(verb, actor, Set.of(from), to, reasonRequired);
    }

    @Override
    public MoveRule<SubsidyRequestState> rule() {
        return rule;
    }

    /** The state every move of a request leads to. */
    public SubsidyRequestState to() {
        return rule.to();
    }

    /** The moves someone of that role may make on a request in that state. */
    public static Set<SubsidyRequestMove> available(SubsidyRequestState state, Role role) {
        return Move.available(SubsidyRequestMove.class, state, role);
    }
}
