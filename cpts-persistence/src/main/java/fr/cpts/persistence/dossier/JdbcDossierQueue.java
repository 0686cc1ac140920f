package fr.cpts.persistence.dossier;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierQueue;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.QueuedDossier;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ARS's dossier queue in one query: scope, state, département and age filtered by PostgreSQL, ordered (awaiting
 * a decision first, then oldest first) and paged there, the total counted in the same statement ({@link PagedQuery}).
 */
@Repository
@Transactional(readOnly = true)
class JdbcDossierQueue implements DossierQueue {

    private final JdbcTemplate jdbc;

    JdbcDossierQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<QueuedDossier> filed(AccessScope scope, Filter filter, PageRequest page) {
        return filedQuery(scope, filter).read(jdbc, page, JdbcDossierQueue::queued);
    }

    @Override
    public void eachFiled(AccessScope scope, Filter filter, Consumer<QueuedDossier> consumer) {
        filedQuery(scope, filter).each(jdbc, JdbcDossierQueue::queued, consumer);
    }

    private static PagedQuery filedQuery(AccessScope scope, Filter filter) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        StringBuilder where = new StringBuilder("d.state <> 'DRAFT' and ").append(inScope.sql());
        List<Object> arguments = new ArrayList<>(inScope.arguments());
        if (filter.need() == DossierQueue.Need.DECISION) {
            where.append(" and ").append(DossierSql.AWAITING_DECISION);
        }
        if (filter.need() == DossierQueue.Need.ANSWER_READING) {
            where.append(" and ").append(DossierSql.ANSWERED_BY_PORTEUR);
        }
        if (filter.state() != null) {
            where.append(" and d.state = ?");
            arguments.add(filter.state().name());
        }
        if (filter.departement() != null) {
            where.append(" and c.departement_code = ?");
            arguments.add(filter.departement().value());
        }
        if (filter.inStateNoLaterThan() != null) {
            where.append(" and d.in_state_since <= ?");
            arguments.add(Timestamp.from(filter.inStateNoLaterThan()));
        }
        if (filter.sortIndicator() == null
                || !INDICATOR_CODE.matcher(filter.sortIndicator()).matches()) {
            return new PagedQuery(
                    COLUMNS + ", null::numeric as indicator",
                    "from dossier d join cpts c on c.id = d.cpts_id where " + where,
                    "(d.state in " + DossierSql.DECIDED + "), d.in_state_since, d.id",
                    arguments);
        }
        return new PagedQuery(
                COLUMNS + ", (g.figures ->> '" + filter.sortIndicator() + "')::numeric as indicator",
                "from dossier d join cpts c on c.id = d.cpts_id "
                        + "left join dossier_diagnostic g on g.dossier_id = d.id where " + where,
                "indicator desc nulls last, d.in_state_since, d.id",
                arguments);
    }

    /** An indicator's code, written into the query as a literal only when it has this form. */
    private static final Pattern INDICATOR_CODE = Pattern.compile("[a-z0-9_]{1,40}");

    private static final String COLUMNS =
            "d.id, d.kind, d.state, d.in_state_since, c.id as cpts_id, c.name, c.departement_code";

    private static QueuedDossier queued(ResultSet row, int n) throws SQLException {
        return new QueuedDossier(
                new DossierId(row.getLong("id")),
                DossierKind.valueOf(row.getString("kind")),
                DossierState.valueOf(row.getString("state")),
                row.getTimestamp("in_state_since").toInstant(),
                new CptsId(row.getLong("cpts_id")),
                row.getString("name"),
                new DepartementCode(row.getString("departement_code")),
                Optional.ofNullable(row.getBigDecimal("indicator")));
    }

    @Override
    public List<DepartementCode> departements(AccessScope scope) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        return jdbc.query(
                "select distinct c.departement_code from cpts c where " + inScope.sql()
                        + " order by c.departement_code",
                (row, n) -> new DepartementCode(row.getString(1)),
                inScope.arguments().toArray());
    }
}
