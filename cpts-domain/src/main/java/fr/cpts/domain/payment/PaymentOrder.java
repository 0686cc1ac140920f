package fr.cpts.domain.payment;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment order of the ledger: what it pays ({@link DueLine} fields), whether it regularises a line already paid,
 * and where it stands. The caisse pays a due order once (date, accounting reference), suspends it with a reason, or
 * resumes it; each move returns its event and every other move is refused here, in French.
 */
public record PaymentOrder(
        long id,
        CptsId cpts,
        String key,
        PaymentSource source,
        Long subsidyRequest,
        int contractYear,
        LocalDate dueOn,
        String label,
        String beneficiary,
        BigDecimal amount,
        boolean regularisation,
        PaymentOrderState state,
        LocalDate paidOn,
        String reference,
        String suspendedReason) {

    /** Longest accounting reference kept (a mandate or transfer number). */
    public static final int REFERENCE_LENGTH = 60;

    /** How far back a payment date may go: older is taken for a mistyped year. */
    public static final int OLDEST_PAYMENT_YEARS = 5;

    /** Longest reason for a suspension. */
    public static final int REASON_LENGTH = 1000;

    public PaymentOrder {
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(key, "clé");
        Objects.requireNonNull(source, "origine");
        Objects.requireNonNull(dueOn, "échéance");
        Objects.requireNonNull(label, "libellé");
        Objects.requireNonNull(beneficiary, "bénéficiaire");
        Objects.requireNonNull(amount, "montant");
        Objects.requireNonNull(state, "état");
    }

    /** Whether the amount is recovered from the beneficiary rather than paid to it. */
    public boolean recovery() {
        return amount.signum() < 0;
    }

    /** The caisse records the order as paid on {@code paidOn}, under its accounting reference. */
    public PaymentOrderMoved pay(LocalDate paidOn, String reference, LocalDate today, Actor by, Instant at) {
        requireState(PaymentOrderState.DUE, "payé");
        if (paidOn == null) {
            throw new DomainException("Date de paiement : saisissez le jour du paiement (jj/mm/aaaa).");
        }
        if (paidOn.isAfter(today)) {
            throw new DomainException("Date de paiement : le " + FrenchDates.day(paidOn)
                    + " est dans le futur ; un ordre se marque payé une fois le paiement fait.");
        }
        if (paidOn.isBefore(today.minusYears(OLDEST_PAYMENT_YEARS))) {
            throw new DomainException("Date de paiement : le " + FrenchDates.day(paidOn) + " remonte à plus de "
                    + OLDEST_PAYMENT_YEARS + " ans ; vérifiez l'année.");
        }
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new DomainException("Référence comptable : saisissez la référence du paiement (mandat, virement).");
        }
        if (ref.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("Référence comptable : elle tient sur une ligne, sans caractère de contrôle.");
        }
        if (ref.length() > REFERENCE_LENGTH) {
            throw new DomainException(
                    "Référence comptable : " + REFERENCE_LENGTH + " caractères au plus (" + ref.length() + " saisis).");
        }
        return new PaymentOrderMoved(this, PaymentMove.PAY, paidOn, ref, null, by, at);
    }

    /** The caisse holds the order back, saying why. */
    public PaymentOrderMoved suspend(String reason, Actor by, Instant at) {
        requireState(PaymentOrderState.DUE, "suspendu");
        String why = reason == null ? "" : reason.replace("\r\n", "\n").strip();
        if (why.isEmpty()) {
            throw new DomainException("Motif de la suspension : dites pourquoi l'ordre est suspendu.");
        }
        if (why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new DomainException("Motif de la suspension : caractères de contrôle interdits.");
        }
        if (why.length() > REASON_LENGTH) {
            throw new DomainException("Motif de la suspension : " + REASON_LENGTH + " caractères au plus.");
        }
        return new PaymentOrderMoved(this, PaymentMove.SUSPEND, null, null, why, by, at);
    }

    /** The caisse lifts a suspension: the order is to pay again. */
    public PaymentOrderMoved resume(Actor by, Instant at) {
        if (state != PaymentOrderState.SUSPENDED) {
            throw new DomainException("L'ordre « " + label + " » n'est pas suspendu ("
                    + state.label().toLowerCase() + ") : il n'y a rien à reprendre.");
        }
        return new PaymentOrderMoved(this, PaymentMove.RESUME, null, null, null, by, at);
    }

    private void requireState(PaymentOrderState required, String verb) {
        if (state == required) {
            return;
        }
        String why =
                switch (state) {
                    case PAID -> "il a déjà été payé le " + FrenchDates.day(paidOn) + " (référence " + reference + ")";
                    case SUSPENDED -> "il est suspendu (" + suspendedReason + ") ; reprenez-le d'abord";
                    case CANCELLED -> "il a été annulé, ce qui est dû ne le compte plus";
                    case DUE -> "il est à payer";
                };
        throw new DomainException("L'ordre « " + label + " » ne peut pas être " + verb + " : " + why + ".");
    }
}
