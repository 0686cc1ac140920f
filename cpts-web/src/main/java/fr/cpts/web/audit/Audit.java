package fr.cpts.web.audit;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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
    private final Clock clock = Clock.systemUTC();

    Audit(AuditTrail trail) {
        this.trail = trail;
    }

    /** A change made by that person. {@code reason} may be null or blank; {@code cpts} null for a platform entity. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Account by, CptsId cpts, AuditedEntity entity, Object entityId, AuditAction action,
                       String reason, List<FieldChange> changes) {
        write(by.username(), by.role(), cpts, entity, entityId, action, reason, changes);
    }

    /** A change the platform made by itself (« système », as an administrator). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBySystem(CptsId cpts, AuditedEntity entity, Object entityId, AuditAction action,
                               List<FieldChange> changes) {
        write(SYSTEM, Role.ADMINISTRATOR, cpts, entity, entityId, action, null, changes);
    }

    private void write(String actor, Role role, CptsId cpts, AuditedEntity entity, Object entityId,
                       AuditAction action, String reason, List<FieldChange> changes) {
        trail.record(new AuditEntry(clock.instant(), actor, role, Optional.ofNullable(cpts), entity.name(),
                String.valueOf(entityId), action.label(),
                reason == null || reason.isBlank() ? Optional.empty() : Optional.of(reason.strip()), changes));
    }
}
