package fr.cpts.domain.shared.event;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;

/**
 * Something that happened to a CPTS's affairs, as the move that caused it returns it: which CPTS, who, when, and (in
 * each event's own fields) the facts. Events are named in the past tense after what happened ({@code ReviewClosed},
 * {@code DossierMoved}); the use-case service publishes them once the change is saved, and listeners (the journal
 * inside the transaction; notifications after it commits) react to them.
 */
public interface DomainEvent {

    CptsId cpts();

    Actor actor();

    Instant at();
}
