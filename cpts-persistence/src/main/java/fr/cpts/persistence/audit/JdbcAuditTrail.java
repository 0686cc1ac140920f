package fr.cpts.persistence.audit;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail in the append-only {@code audit_event} table; field changes as JSON. Inserts and reads only. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        jdbc.update(
                """
                        insert into audit_event (occurred_at, actor, actor_role, cpts_id, entity_type, entity_id, action,
                                                 reason, changes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                Timestamp.from(entry.occurredAt()),
                entry.actor(),
                entry.actorRole().name(),
                entry.cpts().map(CptsId::value).orElse(null),
                entry.entityType(),
                entry.entityId(),
                entry.action(),
                entry.reason().orElse(null),
                json.writeValueAsString(entry.changes()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> ofCpts(CptsId cpts) {
        return jdbc.query("""
                select occurred_at, actor, actor_role, cpts_id, entity_type, entity_id, action, reason, changes
                from audit_event where cpts_id = ? order by occurred_at desc, id desc""", this::entry, cpts.value());
    }

    private AuditEntry entry(ResultSet row, int number) throws SQLException {
        long cpts = row.getLong("cpts_id");
        return new AuditEntry(
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor"),
                Role.valueOf(row.getString("actor_role")),
                row.wasNull() ? Optional.empty() : Optional.of(new CptsId(cpts)),
                row.getString("entity_type"),
                row.getString("entity_id"),
                row.getString("action"),
                Optional.ofNullable(row.getString("reason")),
                json.readValue(row.getString("changes"), CHANGES));
    }
}
