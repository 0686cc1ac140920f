package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import java.time.Instant;
import java.util.Objects;

/** One step of a dossier's timeline (historique): who moved it, when, from which state to which, and why. */
public record Transition(DossierMove move, DossierState from, DossierState to, Actor actor, Instant at,
                         String reason) {

    public Transition {
        Objects.requireNonNull(move, "mouvement");
        Objects.requireNonNull(from, "état de départ");
        Objects.requireNonNull(to, "état d'arrivée");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(at, "date");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
