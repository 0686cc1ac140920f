package fr.cpts.persistence.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One row of {@code dossier_transition}: a step of the timeline. */
@Embeddable
class TransitionEmbeddable {

    @Column(nullable = false, length = 30)
    String move;

    @Column(name = "from_state", nullable = false, length = 30)
    String fromState;

    @Column(name = "to_state", nullable = false, length = 30)
    String toState;

    @Column(name = "actor_username", nullable = false, length = 100)
    String actorUsername;

    @Column(name = "actor_name", nullable = false, length = 200)
    String actorName;

    @Column(name = "actor_role", nullable = false, length = 20)
    String actorRole;

    @Column(nullable = false)
    Instant at;

    @Column
    String reason;
}
