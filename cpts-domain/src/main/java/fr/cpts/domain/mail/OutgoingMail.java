package fr.cpts.domain.mail;

import fr.cpts.domain.shared.EmailAddress;
import java.util.Objects;

/** A mail the platform sends to one person, in French plain text. */
public record OutgoingMail(String recipient, String subject, String body) {

    public OutgoingMail {
        if (recipient == null || !EmailAddress.isValid(recipient.strip())) {
            throw new IllegalArgumentException("Adresse de destination invalide : " + recipient);
        }
        recipient = recipient.strip();
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("Un courriel a un objet");
        }
        subject = subject.strip();
        Objects.requireNonNull(body, "corps du courriel");
    }
}
