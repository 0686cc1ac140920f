package fr.cpts.domain.dossier;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.RegionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The range within which an ARS grants the FIR seed money (subvention d'amorçage) after a letter of intent is
 * validated: set région by région, as data with its source (the ARS Guadeloupe webinar of 1 August 2020 says
 * 10,000 to 50,000 €), in force from its effective date until the région's next range.
 */
public record SeedGrantRange(RegionCode region, Money minimum, Money maximum, String source, LocalDate effectiveFrom) {

    /** A range typed by the administrator: each field checked, and refused with its name. */
    public static SeedGrantRange typed(
            RegionCode region, Money minimum, Money maximum, String source, LocalDate effectiveFrom) {
        if (minimum == null) {
            throw new DomainException("Minimum : indiquez un montant en euros, positif ou nul.");
        }
        if (maximum == null || minimum.isGreaterThan(maximum)) {
            throw new DomainException("Maximum : indiquez un montant en euros au moins égal au minimum.");
        }
        String cited = source == null ? "" : source.strip();
        if (cited.isEmpty() || cited.length() > 2_000 || cited.chars().anyMatch(c -> c < 32 && c != '\n')) {
            throw new DomainException("Source : citez le texte qui fixe la fourchette (2 000 caractères au plus).");
        }
        if (effectiveFrom == null) {
            throw new DomainException("Date d'effet : indiquez le jour à partir duquel la fourchette s'applique.");
        }
        return new SeedGrantRange(region, minimum, maximum, cited, effectiveFrom);
    }

    public SeedGrantRange {
        Objects.requireNonNull(region, "région");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveFrom, "date d'effet");
        if (minimum.isGreaterThan(maximum)) {
            throw new IllegalArgumentException("Fourchette FIR inversée pour la région " + region);
        }
    }

    public boolean contains(Money amount) {
        return !minimum.isGreaterThan(amount) && !amount.isGreaterThan(maximum);
    }
}
