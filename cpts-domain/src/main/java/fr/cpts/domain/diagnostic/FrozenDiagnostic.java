package fr.cpts.domain.diagnostic;

import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.DomainException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A dossier's diagnostic as it stood when the dossier was filed (the figures are never recomputed), and what the
 * porteur wrote about it.
 */
public record FrozenDiagnostic(DiagnosticTable table, Optional<Comment> comment) {

    /** The longest comment kept. */
    public static final int COMMENT_MAX = 4_000;

    public FrozenDiagnostic {
        Objects.requireNonNull(table, "diagnostic");
        Objects.requireNonNull(comment, "commentaire (vide si aucun)");
    }

    /**
     * The porteur's comment on the diagnostic of a dossier in that state: empty for a blank text (the comment is
     * removed); refused once the dossier is decided or closed, or beyond {@value #COMMENT_MAX} characters.
     */
    public static Optional<Comment> comment(DossierState state, String text, String by, Instant at) {
        if (state.isFinal()) {
            throw new DomainException("Le dossier est " + state.label().toLowerCase(Locale.FRANCE)
                    + " : son diagnostic ne se commente plus.");
        }
        String typed = text == null ? "" : text.strip();
        if (typed.length() > COMMENT_MAX || typed.indexOf('\0') >= 0) {
            throw new DomainException("Commentaire du diagnostic : " + FrenchNumbers.format(COMMENT_MAX)
                    + " caractères au plus, sans caractère de contrôle.");
        }
        return typed.isEmpty() ? Optional.empty() : Optional.of(new Comment(typed, by, at));
    }

    /** The porteur's comment: its text, who wrote it and when. */
    public record Comment(String text, String by, Instant at) {
        public Comment {
            Objects.requireNonNull(text, "texte");
            Objects.requireNonNull(by, "auteur");
            Objects.requireNonNull(at, "date");
        }
    }
}
