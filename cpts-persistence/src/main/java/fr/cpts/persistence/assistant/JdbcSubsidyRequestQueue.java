package fr.cpts.persistence.assistant;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ListedSubsidyRequest;
import fr.cpts.domain.assistant.SubsidyRequestQueue;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of subsidy requests in one query each: the officers' (filtered by scope, drafts never) and a CPTS's own,
 * ordered and paged in PostgreSQL, the total counted in the same statement ({@link PagedQuery}); the filing date is
 * the request's first move.
 */
@Repository
@Transactional(readOnly = true)
class JdbcSubsidyRequestQueue implements SubsidyRequestQueue {

    private final JdbcTemplate jdbc;

    JdbcSubsidyRequestQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<ListedSubsidyRequest> filed(AccessScope scope, PageRequest page) {
        return filedQuery(scope).read(jdbc, page, JdbcSubsidyRequestQueue::listed);
    }

    @Override
    public void eachFiled(AccessScope scope, Consumer<ListedSubsidyRequest> consumer) {
        filedQuery(scope).each(jdbc, JdbcSubsidyRequestQueue::listed, consumer);
    }

    @Override
    public Page<ListedSubsidyRequest> ofCpts(CptsId cpts, PageRequest page) {
        return query("r.cpts_id = ?", "r.created_at desc, r.id desc", List.of(cpts.value()))
                .read(jdbc, page, JdbcSubsidyRequestQueue::listed);
    }

    private static PagedQuery filedQuery(AccessScope scope) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        return query(
                "r.state <> 'DRAFT' and " + inScope.sql(),
                "(r.state = 'FILED') desc, case when r.state = 'FILED' then r.in_state_since end, "
                        + "r.in_state_since desc, r.id",
                inScope.arguments());
    }

    private static PagedQuery query(String where, String orderBy, List<Object> arguments) {
        return new PagedQuery(
                """
                r.id, r.cpts_id, c.name, r.doctor_name, r.working_time, r.hiring_date, r.state, r.in_state_since,
                (select t.at from assistant_subsidy_request_transition t
                  where t.request_id = r.id and t.move = 'FILE' order by t.position limit 1) as filed_at""",
                "from assistant_subsidy_request r join cpts c on c.id = r.cpts_id where " + where,
                orderBy,
                arguments);
    }

    private static ListedSubsidyRequest listed(ResultSet row, int n) throws SQLException {
        Timestamp filedAt = row.getTimestamp("filed_at");
        return new ListedSubsidyRequest(
                new AssistantSubsidyRequestId(row.getLong("id")),
                new CptsId(row.getLong("cpts_id")),
                row.getString("name"),
                row.getString("doctor_name"),
                AssistantWorkingTime.valueOf(row.getString("working_time")),
                row.getObject("hiring_date", LocalDate.class),
                Optional.ofNullable(filedAt).map(Timestamp::toInstant),
                SubsidyRequestState.valueOf(row.getString("state")),
                row.getTimestamp("in_state_since").toInstant());
    }
}
