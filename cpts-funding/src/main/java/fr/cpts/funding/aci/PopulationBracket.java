package fr.cpts.funding.aci;

import fr.cpts.domain.money.FrenchNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A population bracket of the ACI (tranche T1 to T4): the populations it covers, each bound either
 * included or excluded, so that a population on a threshold belongs to exactly one bracket.
 */
public record PopulationBracket(
        String code,
        long lowerBound,
        boolean lowerBoundIncluded,
        OptionalLong upperBound,
        boolean upperBoundIncluded,
        String source) {

    public PopulationBracket {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(upperBound, "upperBound");
        if (upperBound.isPresent() && upperBound.getAsLong() < lowerBound) {
            throw new IllegalArgumentException("Tranche " + code + " : la borne haute précède la borne basse.");
        }
    }

    public boolean contains(long population) {
        boolean aboveLower = lowerBoundIncluded ? population >= lowerBound : population > lowerBound;
        boolean belowUpper = upperBound.isEmpty()
                || (upperBoundIncluded ? population <= upperBound.getAsLong() : population < upperBound.getAsLong());
        return aboveLower && belowUpper;
    }

    /** French reading of the bounds, e.g. {@code T3 : plus de 80 000 et au plus 175 000 habitants}. */
    public String reading() {
        List<String> bounds = new ArrayList<>();
        if (lowerBound > 0 || !lowerBoundIncluded) {
            bounds.add((lowerBoundIncluded ? "au moins " : "plus de ") + FrenchNumbers.format(lowerBound));
        }
        upperBound.ifPresent(
                upper -> bounds.add((upperBoundIncluded ? "au plus " : "moins de ") + FrenchNumbers.format(upper)));
        return code + " : " + (bounds.isEmpty() ? "toute population" : String.join(" et ", bounds)) + " habitants";
    }
}
