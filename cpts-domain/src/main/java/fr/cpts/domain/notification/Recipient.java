package fr.cpts.domain.notification;

import java.util.Objects;
import java.util.Optional;

/** A person a notice reached: their login, name, mail address (if any) and how they want that kind mailed. */
public record Recipient(String username, String displayName, Optional<String> email, Frequency frequency) {

    public Recipient {
        Objects.requireNonNull(username, "identifiant");
        Objects.requireNonNull(email, "adresse");
        Objects.requireNonNull(frequency, "fréquence");
    }

    /** Whether the notice is mailed to them now. */
    public boolean mailedAtOnce() {
        return frequency == Frequency.IMMEDIATE && email.isPresent();
    }
}
