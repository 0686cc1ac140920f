package fr.cpts.domain.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One amount due as the funding rules compute it today: from the schedule of the contract in force, the statement
 * of a closed review, or the schedule of an accepted subsidy. {@code key} names the line across recomputations
 * (same source, year and wording); {@code amount} is signed euros, negative for an amount recovered from the CPTS.
 *
 * @param subsidyRequest the medical-assistant subsidy request it pays, null for the ACI contract
 */
public record DueLine(
        String key,
        PaymentSource source,
        Long subsidyRequest,
        int contractYear,
        LocalDate dueOn,
        String label,
        String beneficiary,
        BigDecimal amount) {

    public DueLine {
        Objects.requireNonNull(key, "clé");
        Objects.requireNonNull(source, "origine");
        Objects.requireNonNull(dueOn, "échéance");
        Objects.requireNonNull(label, "libellé");
        Objects.requireNonNull(beneficiary, "bénéficiaire");
        amount = Objects.requireNonNull(amount, "montant").setScale(2);
    }
}
