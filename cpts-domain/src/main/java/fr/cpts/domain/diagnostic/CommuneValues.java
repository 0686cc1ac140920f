package fr.cpts.domain.diagnostic;

import fr.cpts.domain.territory.InseeCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A commune's values in a data set's file: numbers by indicator code and, for the zoning, zones.
 *
 * @param line the line of the file it was read from
 */
public record CommuneValues(int line, InseeCode commune, Map<String, BigDecimal> numbers, Map<String, Zone> zones) {

    public CommuneValues {
        Objects.requireNonNull(commune, "commune");
        numbers = Map.copyOf(numbers);
        zones = Map.copyOf(zones);
    }
}
