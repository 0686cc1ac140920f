package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a yearly review's history (historique): who moved it, when, from which state to which, on which indicator
 * (for a declaration, an acceptance or an adjustment) and why.
 */
public record ReviewTransition(ReviewMove move, ReviewState from, ReviewState to, Actor actor, Instant at,
                               String indicator, String reason) {

    public ReviewTransition {
        Objects.requireNonNull(move, "mouvement");
        Objects.requireNonNull(from, "état de départ");
        Objects.requireNonNull(to, "état d'arrivée");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
