package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.shared.TypedText;
import java.time.Instant;
import java.util.Objects;

/** A note of the ARS officers on a dossier under instruction, never shown to the porteur. */
public record PrivateComment(DossierId dossier, Actor author, Instant at, String text) {

    public PrivateComment {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(author, "auteur");
        Objects.requireNonNull(at, "date");
        text = DossierContent.clean(text);
        if (text.isEmpty()) {
            throw new fr.cpts.domain.shared.DomainException("Le commentaire est vide.");
        }
        TypedText.within(text, "Commentaire interne", TypedText.REASON_MAX);
        if (author.role() != fr.cpts.domain.account.Role.ARS_OFFICER) {
            throw new fr.cpts.domain.shared.DomainException(
                    "Seul un agent ARS peut écrire un commentaire interne sur un dossier.");
        }
    }
}
