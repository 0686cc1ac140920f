package fr.cpts.persistence.payment;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.payment.LedgerCount;
import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.payment.PaymentLedger;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger read by one statement per page (filtered by scope and view, sorted and paged by PostgreSQL, the total
 * counted in the same statement), the counts of every view by one aggregate, and the exports streamed row by row
 * from a cursor ({@code fetchSize}), never the whole list in memory.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPaymentLedger implements PaymentLedger {

    private static final String COLUMNS = PaymentOrderRows.COLUMNS + ", c.name as cpts_name, c.departement_code";

    private final JdbcTemplate jdbc;

    JdbcPaymentLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<LedgerRow> listed(AccessScope scope, LedgerView view, LocalDate today, PageRequest page) {
        Query query = query(scope, view, today);
        return new PagedQuery(COLUMNS, query.fromWhere, order(view), query.arguments)
                .read(jdbc, page, (row, n) -> row(row));
    }

    @Override
    public void each(AccessScope scope, LedgerView view, LocalDate today, Consumer<LedgerRow> consumer) {
        Query query = query(scope, view, today);
        new PagedQuery(COLUMNS, query.fromWhere, order(view), query.arguments)
                .each(jdbc, (row, n) -> row(row), consumer);
    }

    @Override
    public Optional<LedgerRow> one(AccessScope scope, long id) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<Object> arguments = new ArrayList<>(List.of(id));
        arguments.addAll(inScope.arguments());
        return jdbc
                .query(
                        "select " + COLUMNS + " " + PaymentOrderRows.FROM + " join cpts c on c.id = o.cpts_id"
                                + " where o.id = ? and " + inScope.sql(),
                        (row, n) -> row(row),
                        arguments.toArray())
                .stream()
                .findFirst();
    }

    @Override
    public List<LedgerCount> counts(AccessScope scope, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<String> columns = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (LedgerView view : LedgerView.values()) {
            Condition condition = condition(view, today);
            columns.add("count(*) filter (where " + condition.sql + ")");
            columns.add("coalesce(sum(o.amount) filter (where " + condition.sql + "), 0)");
            arguments.addAll(condition.arguments);
            arguments.addAll(condition.arguments);
        }
        arguments.addAll(inScope.arguments());
        return jdbc.queryForObject(
                "select " + String.join(", ", columns) + " " + PaymentOrderRows.FROM
                        + " join cpts c on c.id = o.cpts_id where " + inScope.sql(),
                (row, n) -> {
                    List<LedgerCount> counts = new ArrayList<>();
                    int column = 1;
                    for (LedgerView view : LedgerView.values()) {
                        counts.add(new LedgerCount(view, row.getLong(column), row.getBigDecimal(column + 1)));
                        column += 2;
                    }
                    return counts;
                },
                arguments.toArray());
    }

    private static LedgerRow row(ResultSet row) throws SQLException {
        return new LedgerRow(PaymentOrderRows.read(row), row.getString("cpts_name"), row.getString("departement_code"));
    }

    private record Condition(String sql, List<Object> arguments) {}

    private record Query(String fromWhere, List<Object> arguments) {}

    private static Query query(AccessScope scope, LedgerView view, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        Condition condition = condition(view, today);
        List<Object> arguments = new ArrayList<>(inScope.arguments());
        arguments.addAll(condition.arguments);
        return new Query(
                PaymentOrderRows.FROM + " join cpts c on c.id = o.cpts_id where " + inScope.sql() + " and "
                        + condition.sql,
                arguments);
    }

    private static Condition condition(LedgerView view, LocalDate today) {
        Date monthStart = Date.valueOf(today.withDayOfMonth(1));
        Date monthEnd = Date.valueOf(today.with(TemporalAdjusters.lastDayOfMonth()));
        return switch (view) {
            case THIS_MONTH ->
                new Condition("o.state = 'DUE' and o.due_on between ? and ?", List.of(monthStart, monthEnd));
            case LATE -> new Condition("o.state = 'DUE' and o.due_on < ?", List.of(Date.valueOf(today)));
            case SUSPENDED -> new Condition("o.state = 'SUSPENDED'", List.of());
            case UPCOMING -> new Condition("o.state = 'DUE' and o.due_on > ?", List.of(monthEnd));
            case PAID -> new Condition("o.state = 'PAID'", List.of());
            case ALL -> new Condition("true", List.of());
        };
    }

    private static String order(LedgerView view) {
        return view == LedgerView.PAID ? "p.paid_on desc, o.id desc" : "o.due_on, c.name, o.id";
    }
}
