package fr.cpts.domain.review;

import fr.cpts.domain.shared.DomainException;
import java.math.BigDecimal;

/**
 * An indicator the contract names as a percentage (its name ends with « (%) », as the contract templates write
 * them) takes a value between 0 and 100, whoever gives it: the CPTS declaring, the CPAM adjusting. The contract
 * records no unit for its indicators yet: the name is what says it.
 */
final class PercentageIndicator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PercentageIndicator() {}

    /** The value, refused in French when the indicator is a percentage and the value is outside 0–100. */
    static BigDecimal checked(String indicator, BigDecimal value, String what) {
        if (indicator.endsWith("(%)") && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw new DomainException(what + " de l'indicateur « " + indicator + " » est un pourcentage : elle est "
                    + "comprise entre 0 et 100 ("
                    + value.stripTrailingZeros().toPlainString().replace('.', ',')
                    + " saisi).");
        }
        return value;
    }
}
