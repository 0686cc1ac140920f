package fr.cpts.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.payment.DueLine;
import fr.cpts.domain.payment.LedgerCount;
import fr.cpts.domain.payment.LedgerRow;
import fr.cpts.domain.payment.LedgerView;
import fr.cpts.domain.payment.PaymentLedger;
import fr.cpts.domain.payment.PaymentOrder;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.payment.PaymentReconciliation;
import fr.cpts.domain.payment.PaymentSource;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The ledger on a real PostgreSQL: an order is paid at most once (the payment's key is the order), a paid order is
 * frozen by its trigger, a recomputation writes only open orders, and the views count and list what they say,
 * within the scope only.
 */
@PersistenceTest
class JdbcPaymentOrdersTest {

    private static final Instant AT = Instant.parse("2026-06-15T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Actor CPAM = new Actor("cpam-ledger", "Agent CPAM", Role.CPAM_OFFICER);

    @Autowired
    PaymentOrders orders;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    private CptsRecord gironde;
    private CptsRecord landes;

    @BeforeEach
    void ledgerOfTwoCpts() {
        gironde = records.create("CPTS Payée", new RegionCode("75"), new DepartementCode("33"));
        landes = records.create("CPTS Landaise payée", new RegionCode("75"), new DepartementCode("40"));
        write(gironde, line("late", "1000.00", LocalDate.of(2026, 5, 1)), line("month", "2000.00", TODAY.plusDays(5)));
        write(landes, line("next", "3000.00", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void anOrderIsPaidAtMostOnceAndAPaidOrderIsFrozen() {
        PaymentOrder late = byKey(gironde, "late");

        assertThat(orders.record(late.pay(TODAY, "MANDAT-1", TODAY, CPAM, AT))).isTrue();
        assertThat(orders.record(late.pay(TODAY, "MANDAT-2", TODAY, CPAM, AT))).isFalse();
        assertThatThrownBy(() -> inSavepoint(
                        "insert into payment (order_id, paid_on, accounting_reference, recorded_by, recorded_at)"
                                + " values (?, current_date, 'M-3', 'x', now())",
                        late.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("payment_pkey");
        assertThatThrownBy(() -> inSavepoint("update payment_order set amount = 1 where id = ?", late.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("payé");
        assertThatThrownBy(() -> inSavepoint("delete from payment where order_id = ?", late.id()))
                .isInstanceOf(DataAccessException.class);
        PaymentOrder paid = byKey(gironde, "late");
        assertThat(paid.state()).isEqualTo(PaymentOrderState.PAID);
        assertThat(paid.reference()).isEqualTo("MANDAT-1");
        assertThat(paid.paidOn()).isEqualTo(TODAY);
    }

    @Test
    void anOrderBecomesPaidOnlyThroughAPayment() {
        PaymentOrder month = byKey(gironde, "month");

        assertThatThrownBy(() -> inSavepoint("update payment_order set state = 'PAID' where id = ?", month.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("paiement enregistré");
    }

    @Test
    void aRecomputationChangesOpenOrdersAndAddsARegularisationForAPaidOne() {
        orders.record(byKey(gironde, "late").pay(TODAY, "MANDAT-1", TODAY, CPAM, AT));
        List<DueLine> now = List.of(line("late", "1100.00", LocalDate.of(2026, 5, 1)));

        orders.apply(gironde.id(), PaymentReconciliation.of(orders.ofCptsLocked(gironde.id()), now, TODAY), AT);

        List<PaymentOrder> after = orders.ofCptsLocked(gironde.id());
        assertThat(after)
                .extracting(
                        PaymentOrder::key,
                        PaymentOrder::state,
                        o -> o.amount().toPlainString(),
                        PaymentOrder::regularisation)
                .containsExactly(
                        tuple("late", PaymentOrderState.PAID, "1000.00", false),
                        tuple("month", PaymentOrderState.CANCELLED, "2000.00", false),
                        tuple("late", PaymentOrderState.DUE, "100.00", true));
        assertThat(PaymentReconciliation.of(after, now, TODAY).none()).isTrue();
    }

    @Test
    void theViewsCountListAndStreamWithinTheScopeOnly() {
        orders.record(byKey(gironde, "month").suspend("RIB à vérifier", CPAM, AT));
        AccessScope gir = new AccessScope.Departements(Set.of(new DepartementCode("33")));
        AccessScope region = new AccessScope.Region(new RegionCode("75"));

        assertThat(ledger.listed(gir, LedgerView.LATE, TODAY, PageRequest.first())
                        .rows())
                .extracting(row -> row.order().key())
                .containsExactly("late");
        assertThat(ledger.listed(gir, LedgerView.UPCOMING, TODAY, PageRequest.first())
                        .rows())
                .isEmpty();
        assertThat(ledger.listed(region, LedgerView.UPCOMING, TODAY, PageRequest.first())
                        .rows())
                .extracting(LedgerRow::cptsName)
                .containsExactly("CPTS Landaise payée");
        List<LedgerCount> counts = ledger.counts(gir, TODAY);
        assertThat(counts)
                .filteredOn(c -> c.view() == LedgerView.SUSPENDED)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.orders()).isEqualTo(1);
                    assertThat(c.total()).isEqualByComparingTo("2000.00");
                });
        assertThat(counts)
                .filteredOn(c -> c.view() == LedgerView.THIS_MONTH)
                .singleElement()
                .satisfies(c -> assertThat(c.orders()).isZero());
        List<String> streamed = new ArrayList<>();
        ledger.each(
                region, LedgerView.ALL, TODAY, row -> streamed.add(row.order().key()));
        assertThat(streamed).containsExactly("late", "month", "next");
    }

    /** A statement the database refuses, in a savepoint so that the test's transaction goes on. */
    private void inSavepoint(String sql, Object... arguments) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        Savepoint savepoint = connection.setSavepoint();
        try {
            jdbc.update(sql, arguments);
        } finally {
            connection.rollback(savepoint);
        }
    }

    private void write(CptsRecord cpts, DueLine... lines) {
        orders.apply(cpts.id(), PaymentReconciliation.of(orders.ofCptsLocked(cpts.id()), List.of(lines), TODAY), AT);
    }

    private PaymentOrder byKey(CptsRecord cpts, String key) {
        return orders.ofCptsLocked(cpts.id()).stream()
                .filter(order -> order.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static DueLine line(String key, String amount, LocalDate dueOn) {
        return new DueLine(
                key, PaymentSource.CONTRACT_SCHEDULE, null, 1, dueOn, "Ligne " + key, "CPTS", new BigDecimal(amount));
    }
}
