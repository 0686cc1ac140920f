package fr.cpts.domain.shared.lifecycle;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An aggregate that follows a state machine (a dossier, a yearly review, a subsidy request): what every such aggregate
 * tells of its {@link Lifecycle}, which it keeps to itself so that only its own moves record steps.
 *
 * @param <M> the machine's moves
 * @param <S> the machine's states
 */
public abstract class LifecycleAggregate<M extends Enum<M> & Move<S>, S extends Enum<S>> {

    /** The aggregate's state machine. */
    protected abstract Lifecycle<M, S> lifecycle();

    public S state() {
        return lifecycle().state();
    }

    /** Every move made, oldest first. */
    public List<Step<M, S>> timeline() {
        return lifecycle().timeline();
    }

    /** Since when the aggregate stands in its current state (its last move that changed it, or its start). */
    public Instant inStateSince() {
        return lifecycle().inStateSince();
    }

    /** The last move made, if any. */
    public Optional<Step<M, S>> lastTransition() {
        return lifecycle().lastStep();
    }

    /** The moves someone of that role may make now. */
    public Set<M> availableMoves(Role role) {
        return lifecycle().available(role);
    }

    /** Refuses a move the machine does not allow now, to that person, or without a reason it requires. */
    protected void check(M move, Actor actor, String reason) {
        lifecycle().check(move, actor, reason);
    }
}
