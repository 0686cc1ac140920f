package fr.cpts.domain.audit;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail (journal): who did what to which entity, when, why, and the fields it changed.
 * {@code cpts} is the CPTS the entity belongs to, so its parties can read its journal; empty for platform entities
 * (accounts, rule sets).
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        Role actorRole,
        Optional<CptsId> cpts,
        String entityType,
        String entityId,
        String action,
        Optional<String> reason,
        List<FieldChange> changes) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "date");
        Objects.requireNonNull(actor, "auteur");
        Objects.requireNonNull(actorRole, "rôle de l'auteur");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(entityType, "type d'entité");
        Objects.requireNonNull(entityId, "identifiant de l'entité");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "motif");
        changes = List.copyOf(changes);
    }
}
