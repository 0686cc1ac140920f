package fr.cpts.domain.notification;

import java.util.List;
import java.util.Objects;

/** The notifications one person chose to receive in their daily digest, gathered since the last one. */
public record Digest(String username, String displayName, String email, List<Notification> notifications) {

    public Digest {
        Objects.requireNonNull(email, "adresse");
        notifications = List.copyOf(notifications);
        if (notifications.isEmpty()) {
            throw new IllegalArgumentException("Un résumé rassemble au moins une notification");
        }
    }
}
