package fr.cpts.domain.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One notification of one person: what happened, where to see it, when, and whether they read it. */
public record Notification(
        long id,
        NotificationKind kind,
        String cptsName,
        String title,
        String link,
        Instant at,
        Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(kind, "type");
        Objects.requireNonNull(title, "titre");
        Objects.requireNonNull(link, "lien");
        Objects.requireNonNull(at, "date");
        Objects.requireNonNull(readAt, "lecture");
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}
