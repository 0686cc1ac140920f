package fr.cpts.persistence.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.dossier.AskedOpinion;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionQueue;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The opinions asked of a body, filtered by scope, ordered and paged in PostgreSQL, in one statement each. */
@Repository
@Transactional(readOnly = true)
class JdbcOpinionQueue implements OpinionQueue {

    private static final String FROM = "from dossier_opinion o join dossier d on d.id = o.dossier_id "
            + "join cpts c on c.id = d.cpts_id where o.body = ? and ";

    private final JdbcTemplate jdbc;

    JdbcOpinionQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<AskedOpinion> askedOf(OpinionBody body, AccessScope scope, PageRequest page) {
        return askedQuery(body, scope).read(jdbc, page, JdbcOpinionQueue::asked);
    }

    @Override
    public void eachAskedOf(OpinionBody body, AccessScope scope, Consumer<AskedOpinion> consumer) {
        askedQuery(body, scope).each(jdbc, JdbcOpinionQueue::asked, consumer);
    }

    private static PagedQuery askedQuery(OpinionBody body, AccessScope scope) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        return new PagedQuery(
                "o.id, o.dossier_id, d.kind, d.cpts_id, c.name, o.requested_at, o.due_on, "
                        + "o.answered_at is not null as answered",
                FROM + inScope.sql(),
                // what awaits an answer first, the soonest expected first
                "(o.answered_at is null) desc, o.due_on nulls last, o.requested_at, o.id",
                arguments(body, inScope));
    }

    private static AskedOpinion asked(ResultSet row, int n) throws SQLException {
        return new AskedOpinion(
                row.getLong("id"),
                new DossierId(row.getLong("dossier_id")),
                DossierKind.valueOf(row.getString("kind")),
                new CptsId(row.getLong("cpts_id")),
                row.getString("name"),
                row.getTimestamp("requested_at").toInstant(),
                row.getObject("due_on", LocalDate.class),
                row.getBoolean("answered"));
    }

    private static List<Object> arguments(OpinionBody body, ScopeSql inScope) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(body.name());
        arguments.addAll(inScope.arguments());
        return arguments;
    }
}
