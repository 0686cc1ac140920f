package fr.cpts.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.cpts.CptsId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentReconciliationTest {

    static final CptsId CPTS = new CptsId(7);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate LATER = LocalDate.of(2026, 9, 1);
    static final LocalDate EARLIER = LocalDate.of(2026, 3, 1);

    static DueLine line(String key, String amount, LocalDate dueOn) {
        return new DueLine(
                key,
                PaymentSource.CONTRACT_SCHEDULE,
                null,
                1,
                dueOn,
                "Ligne " + key,
                "CPTS des Landes",
                new BigDecimal(amount));
    }

    static PaymentOrder order(long id, DueLine line, PaymentOrderState state, boolean regularisation) {
        boolean paid = state == PaymentOrderState.PAID;
        return new PaymentOrder(
                id,
                CPTS,
                line.key(),
                line.source(),
                null,
                line.contractYear(),
                line.dueOn(),
                line.label(),
                line.beneficiary(),
                line.amount(),
                regularisation,
                state,
                paid ? EARLIER : null,
                paid ? "MANDAT-" + id : null,
                state == PaymentOrderState.SUSPENDED ? "RIB à vérifier" : null);
    }

    @Test
    void everyLineDueWithoutAnOrderBecomesOneAndAZeroLineNone() {
        PaymentReconciliation.Changes changes =
                PaymentReconciliation.of(List.of(), List.of(line("a", "1000.00", LATER), line("b", "0", LATER)), TODAY);

        assertThat(changes.created()).extracting(o -> o.line().key()).containsExactly("a");
        assertThat(changes.created().get(0).regularisation()).isFalse();
        assertThat(changes.amended()).isEmpty();
        assertThat(changes.cancelled()).isEmpty();
    }

    @Test
    void aLedgerThatMatchesWhatIsDueChangesNothing() {
        DueLine due = line("a", "1000.00", LATER);

        assertThat(PaymentReconciliation.of(List.of(order(1, due, PaymentOrderState.DUE, false)), List.of(due), TODAY)
                        .none())
                .isTrue();
        assertThat(PaymentReconciliation.of(List.of(order(1, due, PaymentOrderState.PAID, false)), List.of(due), TODAY)
                        .none())
                .isTrue();
    }

    @Test
    void anUnpaidOrderTakesTheNewAmountAndDate() {
        DueLine before = line("a", "1000.00", LATER);
        DueLine after = line("a", "1200.00", LATER.plusDays(10));

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(
                List.of(order(1, before, PaymentOrderState.DUE, false)), List.of(after), TODAY);

        assertThat(changes.amended()).singleElement().satisfies(amendment -> {
            assertThat(amendment.order().id()).isEqualTo(1);
            assertThat(amendment.amount()).isEqualByComparingTo("1200.00");
            assertThat(amendment.dueOn()).isEqualTo(LATER.plusDays(10));
        });
        assertThat(changes.created()).isEmpty();
    }

    @Test
    void aSuspendedOrderIsRecomputedToo() {
        DueLine before = line("a", "1000.00", LATER);

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(
                List.of(order(1, before, PaymentOrderState.SUSPENDED, false)),
                List.of(line("a", "800.00", LATER)),
                TODAY);

        assertThat(changes.amended()).singleElement().satisfies(a -> assertThat(a.amount())
                .isEqualByComparingTo("800.00"));
    }

    @Test
    void aPaidOrderIsNeverChangedAndTheDifferenceBecomesARegularisationDatedToday() {
        DueLine paid = line("a", "1000.00", EARLIER);

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(
                List.of(order(1, paid, PaymentOrderState.PAID, false)), List.of(line("a", "1250.50", EARLIER)), TODAY);

        assertThat(changes.amended()).isEmpty();
        assertThat(changes.cancelled()).isEmpty();
        assertThat(changes.regularisations()).singleElement().satisfies(created -> {
            assertThat(created.line().amount()).isEqualByComparingTo("250.50");
            assertThat(created.line().dueOn()).isEqualTo(TODAY);
            assertThat(created.line().label())
                    .isEqualTo("Régularisation – Ligne a : 1 250,50 € dus, 1 000,00 € déjà payés (échéance initiale"
                            + " du 01/03/2026)");
        });
    }

    @Test
    void moreWasPaidThanIsNowDueSoTheRegularisationRecoversTheDifference() {
        DueLine paid = line("a", "1000.00", EARLIER);

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(
                List.of(order(1, paid, PaymentOrderState.PAID, false)), List.of(line("a", "600.00", EARLIER)), TODAY);

        assertThat(changes.regularisations()).singleElement().satisfies(created -> {
            assertThat(created.line().amount()).isEqualByComparingTo("-400.00");
            assertThat(created.line().label()).contains("400,00 € à récupérer");
        });
    }

    @Test
    void aPaidLineNoLongerDueIsRecoveredInFull() {
        DueLine paid = line("a", "1000.00", EARLIER);

        PaymentReconciliation.Changes changes =
                PaymentReconciliation.of(List.of(order(1, paid, PaymentOrderState.PAID, false)), List.of(), TODAY);

        assertThat(changes.regularisations())
                .singleElement()
                .satisfies(created -> assertThat(created.line().amount()).isEqualByComparingTo("-1000.00"));
    }

    @Test
    void anUnpaidLineNoLongerDueIsCancelled() {
        PaymentOrder open = order(1, line("a", "1000.00", LATER), PaymentOrderState.DUE, false);

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(List.of(open), List.of(), TODAY);

        assertThat(changes.cancelled()).containsExactly(open);
        assertThat(changes.created()).isEmpty();
    }

    @Test
    void anUnpaidRegularisationIsRecomputedAndCancelledWhenThePaidAmountIsDueAgain() {
        DueLine original = line("a", "1000.00", EARLIER);
        PaymentOrder paid = order(1, original, PaymentOrderState.PAID, false);
        PaymentOrder regularisation = order(2, line("a", "250.00", TODAY), PaymentOrderState.DUE, true);

        PaymentReconciliation.Changes higher =
                PaymentReconciliation.of(List.of(paid, regularisation), List.of(line("a", "1300.00", EARLIER)), TODAY);
        PaymentReconciliation.Changes same =
                PaymentReconciliation.of(List.of(paid, regularisation), List.of(original), TODAY);

        assertThat(higher.amended()).singleElement().satisfies(a -> {
            assertThat(a.order().id()).isEqualTo(2);
            assertThat(a.amount()).isEqualByComparingTo("300.00");
            assertThat(a.label()).startsWith("Régularisation – Ligne a : 1 300,00 € dus");
        });
        assertThat(same.cancelled()).containsExactly(regularisation);
        assertThat(same.created()).isEmpty();
    }

    @Test
    void cancelledOrdersCountForNothing() {
        DueLine due = line("a", "1000.00", LATER);

        PaymentReconciliation.Changes changes = PaymentReconciliation.of(
                List.of(order(1, due, PaymentOrderState.CANCELLED, false)), List.of(due), TODAY);

        assertThat(changes.created()).singleElement().satisfies(c -> assertThat(c.regularisation())
                .isFalse());
    }
}
