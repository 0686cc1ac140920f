package fr.cpts.domain.payment;

import static fr.cpts.domain.payment.PaymentReconciliationTest.LATER;
import static fr.cpts.domain.payment.PaymentReconciliationTest.TODAY;
import static fr.cpts.domain.payment.PaymentReconciliationTest.line;
import static fr.cpts.domain.payment.PaymentReconciliationTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentOrderTest {

    static final Actor CPAM = new Actor("cpam", "Agent CPAM", Role.CPAM_OFFICER);
    static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");

    PaymentOrder due() {
        return order(1, line("a", "1000.00", LATER), PaymentOrderState.DUE, false);
    }

    @Test
    void aDueOrderIsPaidWithItsDateAndReference() {
        PaymentOrderMoved paid = due().pay(TODAY, "  MANDAT-2026-0042 ", TODAY, CPAM, NOW);

        assertThat(paid.move().to()).isEqualTo(PaymentOrderState.PAID);
        assertThat(paid.reference()).isEqualTo("MANDAT-2026-0042");
        assertThat(paid.paidOn()).isEqualTo(TODAY);
    }

    @Test
    void aPaymentInTheFutureWithoutDateOrWithoutReferenceIsRefusedNamingTheField() {
        assertThatThrownBy(() -> due().pay(TODAY.plusDays(1), "M-1", TODAY, CPAM, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Date de paiement : le 16/06/2026 est dans le futur");
        assertThatThrownBy(() -> due().pay(null, "M-1", TODAY, CPAM, NOW)).hasMessageStartingWith("Date de paiement");
        assertThatThrownBy(() -> due().pay(TODAY, " ", TODAY, CPAM, NOW)).hasMessageStartingWith("Référence comptable");
        assertThatThrownBy(() -> due().pay(TODAY, "x".repeat(61), TODAY, CPAM, NOW))
                .hasMessageContaining("60 caractères au plus");
        assertThatThrownBy(() -> due().pay(TODAY, "M-\u00001", TODAY, CPAM, NOW))
                .hasMessageStartingWith("Référence comptable");
        assertThatThrownBy(() -> due().pay(TODAY.minusYears(5).minusDays(1), "M-1", TODAY, CPAM, NOW))
                .hasMessage("Date de paiement : le 14/06/2021 remonte à plus de 5 ans ; vérifiez l'année.");
        assertThat(due().pay(TODAY.minusYears(5), "M-1", TODAY, CPAM, NOW).paidOn())
                .isEqualTo(TODAY.minusYears(5));
    }

    @Test
    void aPaidOrderIsNeverPaidAgainNorSuspended() {
        PaymentOrder paid = order(1, line("a", "1000.00", LATER), PaymentOrderState.PAID, false);

        assertThatThrownBy(() -> paid.pay(TODAY, "M-2", TODAY, CPAM, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("L'ordre « Ligne a » ne peut pas être payé : il a déjà été payé le 01/03/2026 (référence "
                        + "MANDAT-1).");
        assertThatThrownBy(() -> paid.suspend("doute", CPAM, NOW)).hasMessageContaining("déjà été payé");
    }

    @Test
    void aSuspensionNeedsAReasonAndASuspendedOrderIsResumedBeforeBeingPaid() {
        assertThatThrownBy(() -> due().suspend("  ", CPAM, NOW)).hasMessageStartingWith("Motif de la suspension");
        PaymentOrder suspended = order(1, line("a", "1000.00", LATER), PaymentOrderState.SUSPENDED, false);

        assertThatThrownBy(() -> suspended.pay(TODAY, "M-1", TODAY, CPAM, NOW))
                .hasMessageContaining("il est suspendu (RIB à vérifier) ; reprenez-le d'abord");
        assertThat(suspended.resume(CPAM, NOW).move().to()).isEqualTo(PaymentOrderState.DUE);
        assertThatThrownBy(() -> due().resume(CPAM, NOW)).hasMessageContaining("n'est pas suspendu");
    }
}
