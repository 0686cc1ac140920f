package fr.cpts.persistence.payment;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.payment.DueLine;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderMoved;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.payment.PaymentReconciliation;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's writes: a recomputation in batches (new orders, recomputed open orders, cancellations: each update
 * guarded by the order's open state), and the caisse's moves. A payment is a row of {@code payment} keyed by its
 * order; its trigger makes the order paid, and the triggers refuse any change to a paid order (migration V30).
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcPaymentOrders implements PaymentOrders {

    private final JdbcTemplate jdbc;

    JdbcPaymentOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PaymentOrder> ofCptsLocked(CptsId cpts) {
        // one statement: the CPTS row locked, with its orders (if any) and their payments
        List<PaymentOrder> found = new ArrayList<>();
        jdbc.query(
                "select o.id is not null as has_order, " + PaymentOrderRows.COLUMNS
                        + " from cpts c left join payment_order o on o.cpts_id = c.id"
                        + " left join payment p on p.order_id = o.id where c.id = ? order by o.id for update of c",
                row -> {
                    if (row.getBoolean("has_order")) {
                        found.add(PaymentOrderRows.read(row));
                    }
                },
                cpts.value());
        return found;
    }

    @Override
    public List<CptsId> owedWithoutOrders() {
        return jdbc.query("""
                select c.id from cpts c
                where not exists (select 1 from payment_order o where o.cpts_id = c.id)
                  and (c.stage in ('CONTRAT_ACI', 'REVUE_ANNUELLE')
                       or exists (select 1 from assistant_subsidy_request r
                                  where r.cpts_id = c.id and r.state = 'ACCEPTED'))
                order by c.id""", (row, n) -> new CptsId(row.getLong(1)));
    }

    @Override
    public void apply(CptsId cpts, PaymentReconciliation.Changes changes, Instant at) {
        Timestamp now = Timestamp.from(at);
        List<Object[]> created = new ArrayList<>();
        for (PaymentReconciliation.NewOrder order : changes.created()) {
            DueLine line = order.line();
            created.add(new Object[] {
                cpts.value(),
                line.key(),
                line.source().name(),
                line.subsidyRequest(),
                line.contractYear(),
                Date.valueOf(line.dueOn()),
                line.label(),
                line.beneficiary(),
                line.amount(),
                order.regularisation(),
                now,
                now
            });
        }
        batch("""
                insert into payment_order (cpts_id, line_key, source, subsidy_request_id, contract_year, due_on, label,
                    beneficiary, amount, regularisation, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", created);
        batch(
                "update payment_order set due_on = ?, label = ?, amount = ?, updated_at = ? where id = ?"
                        + " and state in ('DUE', 'SUSPENDED')",
                changes.amended().stream()
                        .map(a -> new Object[] {
                            Date.valueOf(a.dueOn()),
                            a.label(),
                            a.amount(),
                            now,
                            a.order().id()
                        })
                        .toList());
        batch(
                "update payment_order set state = 'CANCELLED', suspended_reason = null, updated_at = ? where id = ?"
                        + " and state in ('DUE', 'SUSPENDED')",
                changes.cancelled().stream()
                        .map(order -> new Object[] {now, order.id()})
                        .toList());
    }

    /** One batch of statements, none when there is nothing to write. */
    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    @Override
    public List<PaymentOrder> inScopeLocked(Collection<Long> ids, AccessScope scope) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<Object> arguments = new ArrayList<>();
        arguments.add(ids.toArray(Long[]::new));
        arguments.addAll(inScope.arguments());
        return jdbc.query(
                "select " + PaymentOrderRows.COLUMNS + " " + PaymentOrderRows.FROM
                        + " join cpts c on c.id = o.cpts_id where o.id = any(?) and " + inScope.sql()
                        + " order by o.id for update of o",
                (row, n) -> PaymentOrderRows.read(row),
                arguments.toArray());
    }

    @Override
    public boolean record(PaymentOrderMoved move) {
        long id = move.order().id();
        Timestamp at = Timestamp.from(move.at());
        return switch (move.move()) {
            case PAY ->
                jdbc.update(
                                """
                                insert into payment (order_id, paid_on, accounting_reference, recorded_by, recorded_at)
                                select id, ?, ?, ?, ? from payment_order where id = ? and state = 'DUE'""",
                                Date.valueOf(move.paidOn()),
                                move.reference(),
                                move.actor().username(),
                                at,
                                id)
                        == 1;
            case SUSPEND ->
                jdbc.update(
                                "update payment_order set state = 'SUSPENDED', suspended_reason = ?, updated_at = ?"
                                        + " where id = ? and state = 'DUE'",
                                move.reason(),
                                at,
                                id)
                        == 1;
            case RESUME ->
                jdbc.update(
                                "update payment_order set state = 'DUE', suspended_reason = null, updated_at = ?"
                                        + " where id = ? and state = 'SUSPENDED'",
                                at,
                                id)
                        == 1;
        };
    }
}
