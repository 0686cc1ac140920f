package fr.cpts.domain.shared.lifecycle;

import fr.cpts.domain.account.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a timeline (historique): who made which move, when, from which state to which, on what part of the
 * aggregate ({@code subject}: an indicator of a yearly review; null when the move is on the whole) and why.
 */
public record Step<M extends Enum<M> & Move<S>, S extends Enum<S>>(
        M move, S from, S to, Actor actor, Instant at, String subject, String reason) {

    public Step {
        Objects.requireNonNull(move, "mouvement");
        Objects.requireNonNull(from, "état de départ");
        Objects.requireNonNull(to, "état d'arrivée");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Whether the step changed the state (declaring one indicator does not). */
    public boolean changedState() {
        return from != to;
    }
}
