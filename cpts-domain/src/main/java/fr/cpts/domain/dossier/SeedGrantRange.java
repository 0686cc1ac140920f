package fr.cpts.domain.dossier;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.RegionCode;
import java.util.Objects;

/**
 * The range within which an ARS grants the FIR seed money (subvention d'amorçage) after a letter of intent is
 * validated: set région by région, as data with its source (the ARS Guadeloupe webinar of 1 August 2020 says
 * 10,000 to 50,000 €).
 */
public record SeedGrantRange(RegionCode region, Money minimum, Money maximum, String source) {

    public SeedGrantRange {
        Objects.requireNonNull(region, "région");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(source, "source");
        if (minimum.isGreaterThan(maximum)) {
            throw new IllegalArgumentException("Fourchette FIR inversée pour la région " + region);
        }
    }

    public boolean contains(Money amount) {
        return !minimum.isGreaterThan(amount) && !amount.isGreaterThan(maximum);
    }
}
