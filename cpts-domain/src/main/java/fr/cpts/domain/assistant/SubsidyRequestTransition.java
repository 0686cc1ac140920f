package fr.cpts.domain.assistant;

import fr.cpts.domain.account.Actor;

import java.time.Instant;
import java.util.Objects;

/** One step of a request's timeline (historique): who moved it, when, from which state to which, and why. */
public record SubsidyRequestTransition(SubsidyRequestMove move, SubsidyRequestState from, SubsidyRequestState to,
                                       Actor actor, Instant at, String reason) {

    public SubsidyRequestTransition {
        Objects.requireNonNull(move, "mouvement");
        Objects.requireNonNull(from, "état de départ");
        Objects.requireNonNull(to, "état d'arrivée");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
