package fr.cpts.domain.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A mail of the outbox: what it says, when it was queued, where its delivery stands and why it last failed. */
public record QueuedMail(
        long id,
        OutgoingMail mail,
        Instant queuedAt,
        MailState state,
        int attempts,
        Optional<Instant> deliveredAt,
        Optional<String> lastError) {

    public QueuedMail {
        Objects.requireNonNull(mail, "courriel");
        Objects.requireNonNull(queuedAt, "date de mise en file");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(deliveredAt, "date d'envoi");
        Objects.requireNonNull(lastError, "dernière erreur");
    }
}
