package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.TypedText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A message of the thread between the porteur and the ARS on a dossier, with its attachments once stored. */
public record DossierMessage(
        Long id, DossierId dossier, Actor author, Instant at, String text, List<AttachmentInfo> attachments) {

    /** The most files one message carries: more are sent in another message. */
    public static final int MAX_ATTACHMENTS = 20;

    public DossierMessage {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(author, "auteur");
        Objects.requireNonNull(at, "date");
        text = DossierContent.clean(text);
        if (text.isEmpty()) {
            throw new DomainException("Le message est vide.");
        }
        TypedText.within(text, "Message", TypedText.MESSAGE_MAX);
        if (author.role() != Role.PORTEUR && author.role() != Role.ARS_OFFICER) {
            throw new DomainException("Seuls le porteur de projet et l'ARS échangent des messages sur un dossier.");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** Refuses, before any file is read, a message carrying more than {@value #MAX_ATTACHMENTS} files. */
    public static void checkAttachmentCount(int count) {
        if (count > MAX_ATTACHMENTS) {
            throw new DomainException("Un message porte au plus " + MAX_ATTACHMENTS + " pièces jointes : " + count
                    + " ont été choisies. Rien n'a été envoyé ; envoyez les autres dans un second message.");
        }
    }

    /** A new message, not stored yet. */
    public static DossierMessage write(DossierId dossier, Actor author, Instant at, String text) {
        return new DossierMessage(null, dossier, author, at, text, List.of());
    }
}
