package fr.cpts.domain.diagnostic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An edition of a source that was imported: its year, the date it applies from (effective-dated sources), how
 * many communes it gives values for, and whether it is the synthetic demonstration data.
 */
public record DataVersion(String source, int year, Optional<LocalDate> effectiveOn, int communes, boolean demo) {

    public DataVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effectiveOn, "date d'effet (vide si sans objet)");
    }

    /** The version's key, as the totals and frozen diagnostics name it. */
    public VersionKey key() {
        return new VersionKey(source, year);
    }

    /** A source and a year: which edition of a source a figure comes from. */
    public record VersionKey(String source, int year) {
        public VersionKey {
            Objects.requireNonNull(source, "source");
        }
    }
}
