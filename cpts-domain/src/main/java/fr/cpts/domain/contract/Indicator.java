package fr.cpts.domain.contract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator of a contract mission (indicateur), measured each year: its name, its value when the contract was
 * signed (valeur de départ), its target (cible) and how it pays. A target below the baseline means lower is better.
 */
public record Indicator(String name, BigDecimal baseline, BigDecimal target, IndicatorReward reward) {

    public Indicator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Un indicateur doit être nommé.");
        }
        name = name.strip();
        Objects.requireNonNull(baseline, "valeur de départ");
        Objects.requireNonNull(target, "cible");
        Objects.requireNonNull(reward, "rémunération");
    }
}
