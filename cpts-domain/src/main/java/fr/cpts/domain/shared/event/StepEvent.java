package fr.cpts.domain.shared.event;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.shared.lifecycle.Move;
import fr.cpts.domain.shared.lifecycle.Step;
import java.time.Instant;

/** An event caused by one move of a state machine: its step says the move, the states, who, when and why. */
public interface StepEvent<M extends Enum<M> & Move<S>, S extends Enum<S>> extends DomainEvent {

    Step<M, S> step();

    default M move() {
        return step().move();
    }

    @Override
    default Actor actor() {
        return step().actor();
    }

    @Override
    default Instant at() {
        return step().at();
    }
}
