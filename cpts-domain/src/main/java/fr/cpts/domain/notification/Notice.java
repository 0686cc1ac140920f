package fr.cpts.domain.notification;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.Objects;

/**
 * Something to tell the people of an audience about a CPTS: its kind, a French sentence, the page it concerns, when
 * it happened and who made it happen (never told of their own act).
 *
 * @param link  the page's path in the platform, for instance {@code /ars/dossiers/12}
 * @param actor the login of the person who acted, or null for the platform itself (a date coming due)
 * @param key   what makes the notice once-only (a date coming due is told once however often it is looked for), or
 *              null
 */
public record Notice(
        NotificationKind kind,
        Audience audience,
        CptsId cpts,
        String title,
        String link,
        Instant at,
        String actor,
        String key) {

    /** A notice about a person's act. */
    public Notice(
            NotificationKind kind,
            Audience audience,
            CptsId cpts,
            String title,
            String link,
            Instant at,
            String actor) {
        this(kind, audience, cpts, title, link, at, actor, null);
    }

    public Notice {
        Objects.requireNonNull(kind, "type");
        Objects.requireNonNull(audience, "destinataires");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(at, "date");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Une notification dit ce qui s'est passé");
        }
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("Une notification mène à une page de la plateforme : " + link);
        }
    }
}
