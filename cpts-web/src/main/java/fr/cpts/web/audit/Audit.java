package fr.cpts.web.audit;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that writes the journal: who (the signed-in person, or the platform itself), which entity of which
 * CPTS, the action, its reason and the fields it changed. Only within the transaction of the change it describes,
 * so both are written together or not at all. Confidential texts (private comments, opinions, messages) are never
 * given to it: the journal says they were written, not what they say.
 */
@Service
public class Audit {

    /** The login the journal names for what the platform does by itself (demo data, start-up). */
    public static final String SYSTEM = "système";

    private final AuditTrail trail;
    private final Clock clock;

    Audit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** What a domain event says happened, at the time it happened, by whom it names. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            DomainEvent event,
            AuditedEntity entity,
            Object entityId,
            AuditAction action,
            String reason,
            List<FieldChange> changes) {
        Actor by = event.actor();
        trail.record(
                entry(event.at(), by.username(), by.role(), event.cpts(), entity, entityId, action, reason, changes));
    }

    /** A change made by that person. {@code reason} may be null or blank; {@code cpts} null for a platform entity. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Account by,
            CptsId cpts,
            AuditedEntity entity,
            Object entityId,
            AuditAction action,
            String reason,
            List<FieldChange> changes) {
        write(by.username(), by.role(), cpts, entity, entityId, action, reason, changes);
    }

    /** A change the platform made by itself (« système », as an administrator). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(
            CptsId cpts, AuditedEntity entity, Object entityId, AuditAction action, List<FieldChange> changes) {
        write(SYSTEM, Role.ADMINISTRATOR, cpts, entity, entityId, action, null, changes);
    }

    private void write(
            String actor,
            Role role,
            CptsId cpts,
            AuditedEntity entity,
            Object entityId,
            AuditAction action,
            String reason,
            List<FieldChange> changes) {
        trail.record(entry(clock.instant(), actor, role, cpts, entity, entityId, action, reason, changes));
    }

    private static AuditEntry entry(
            Instant at,
            String actor,
            Role role,
            CptsId cpts,
            AuditedEntity entity,
            Object entityId,
            AuditAction action,
            String reason,
            List<FieldChange> changes) {
        return new AuditEntry(
                at,
                actor,
                role,
                Optional.ofNullable(cpts),
                entity.name(),
                String.valueOf(entityId),
                action.label(),
                reason == null || reason.isBlank() ? Optional.empty() : Optional.of(reason.strip()),
                changes);
    }
}
