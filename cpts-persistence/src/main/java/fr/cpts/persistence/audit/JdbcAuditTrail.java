package fr.cpts.persistence.audit;

import fr.cpts.domain.account.Role;
import fr.cpts.domain.audit.AuditEntry;
import fr.cpts.domain.audit.AuditTrail;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.HiddenEntries;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
    private static final String COLUMNS =
            "e.occurred_at, e.actor, e.actor_role, e.cpts_id, e.entity_type, e.entity_id, e.action, e.reason, e.changes";
    private static final String NEWEST_FIRST = "e.occurred_at desc, e.id desc";

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
    public void eachOfCpts(CptsId cpts, HiddenEntries hidden, Consumer<AuditEntry> consumer) {
        query(cpts, hidden).each(jdbc, this::entry, consumer);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> actorsOf(CptsId cpts) {
        return new HashSet<>(jdbc.queryForList(
                "select distinct actor from audit_event where cpts_id = ?", String.class, cpts.value()));
    }

    @Override
    public Page<AuditEntry> ofCpts(CptsId cpts, HiddenEntries hidden, PageRequest page) {
        return query(cpts, hidden).read(jdbc, page, this::entry);
    }

    private static PagedQuery query(CptsId cpts, HiddenEntries hidden) {
        ReaderFilter filter = ReaderFilter.of(cpts, hidden);
        return new PagedQuery(COLUMNS, "from audit_event e where " + filter.where(), NEWEST_FIRST, filter.arguments());
    }

    /** The entries of a CPTS its reader may see: a {@code where} on {@code audit_event e}, with its bind values. */
    private record ReaderFilter(String where, List<Object> arguments) {

        static ReaderFilter of(CptsId cpts, HiddenEntries hidden) {
            StringBuilder where = new StringBuilder("e.cpts_id = ?");
            List<Object> arguments = new ArrayList<>(List.of(cpts.value()));
            for (HiddenEntries.Rule rule : hidden.rules()) {
                where.append(" and not (true");
                matching(
                        where,
                        arguments,
                        "actor_role",
                        rule.actorRoles().stream().map(Role::name).toList());
                matching(where, arguments, "entity_type", List.copyOf(rule.entityTypes()));
                matching(where, arguments, "action", List.copyOf(rule.actions()));
                if (!rule.shownOnceEntityHas().isEmpty()) {
                    where.append(" and not exists (select 1 from audit_event since where since.cpts_id = e.cpts_id"
                            + " and since.entity_type = e.entity_type and since.entity_id = e.entity_id"
                            + " and since.action = any(?))");
                    arguments.add(rule.shownOnceEntityHas().toArray(String[]::new));
                }
                where.append(")");
            }
            return new ReaderFilter(where.toString(), arguments);
        }
    }

    /** {@code and column = any(values)}, unless the rule matches every value of that column. */
    private static void matching(StringBuilder where, List<Object> arguments, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.append(" and e.").append(column).append(" = any(?)");
            arguments.add(values.toArray(String[]::new));
        }
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
