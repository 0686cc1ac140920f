package fr.cpts.domain.shared.lifecycle;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.TypedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The state and timeline of one aggregate's state machine: it checks a move against its table (state, role,
 * reason), records it as a {@link Step}, and answers since when the aggregate stands in its state. The aggregate
 * keeps the rules of its own (a complete dossier, eligible doctor, every indicator settled) and words its refusals.
 */
public final class Lifecycle<M extends Enum<M> & Move<S>, S extends Enum<S>> {

    /** How an aggregate words the three refusals every move table gives. */
    public interface Refusals<M, S> {

        DomainException notFrom(M move, S state);

        DomainException notBy(M move);

        DomainException withoutReason(M move);
    }

    private final Class<M> table;
    private final Refusals<M, S> refusals;
    private final Instant startedAt;
    private final List<Step<M, S>> steps;
    private S state;

    /** A lifecycle in {@code state} after {@code steps}, started at {@code startedAt} (creation, opening). */
    public Lifecycle(Class<M> table, Refusals<M, S> refusals, S state, List<Step<M, S>> steps, Instant startedAt) {
        this.table = Objects.requireNonNull(table, "mouvements");
        this.refusals = Objects.requireNonNull(refusals, "refus");
        this.state = Objects.requireNonNull(state, "état");
        this.steps = new ArrayList<>(steps);
        this.startedAt = Objects.requireNonNull(startedAt, "date de début");
    }

    /** Refuses the move unless the table allows it from the current state, to that actor, with that reason. */
    public void check(M move, Actor actor, String reason) {
        Objects.requireNonNull(actor, "auteur");
        if (!move.allowedFrom(state)) {
            throw refusals.notFrom(move, state);
        }
        if (actor.role() != move.actor()) {
            throw refusals.notBy(move);
        }
        if (move.reasonRequired() && (reason == null || reason.isBlank())) {
            throw refusals.withoutReason(move);
        }
        TypedText.within(reason, "Motif", TypedText.REASON_MAX);
    }

    /** Records a checked move and moves to its state; returns the step recorded. */
    public Step<M, S> record(M move, Actor actor, Instant at, String subject, String reason) {
        Step<M, S> step =
                new Step<>(move, state, move.to(state), actor, Objects.requireNonNull(at, "date"), subject, reason);
        steps.add(step);
        state = step.to();
        return step;
    }

    public S state() {
        return state;
    }

    /** Every move made, oldest first. */
    public List<Step<M, S>> timeline() {
        return List.copyOf(steps);
    }

    /** Since when the aggregate stands in its state: its last move that changed it, or its start. */
    public Instant inStateSince() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).changedState()) {
                return steps.get(i).at();
            }
        }
        return startedAt;
    }

    /** The last move, if any. */
    public Optional<Step<M, S>> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** When that move was first made, if it was. */
    public Optional<Instant> firstTime(M move) {
        return steps.stream().filter(step -> step.move() == move).map(Step::at).findFirst();
    }

    /** The moves someone of that role may make now. */
    public Set<M> available(Role role) {
        return Move.available(table, state, role);
    }
}
