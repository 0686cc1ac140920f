package fr.cpts.domain.contract;

import fr.cpts.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tier (palier) of an indicator, e.g. « socle » → 1 000 €: the value to reach, counted from the baseline towards
 * the target, and what it pays.
 */
public record RewardTier(String label, BigDecimal threshold, Money amount) {

    public RewardTier {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Un palier doit être nommé.");
        }
        label = label.strip();
        Objects.requireNonNull(threshold, "seuil");
        Objects.requireNonNull(amount, "montant");
    }
}
