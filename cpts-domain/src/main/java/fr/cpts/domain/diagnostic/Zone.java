package fr.cpts.domain.diagnostic;

import java.util.Locale;
import java.util.Optional;

/**
 * The ARS zoning of doctors (article L. 1434-4 du code de la santé publique): the zones where access to care is
 * hardest (ZIP) and those where it calls for support (ZAC); the rest of the région is outside.
 */
public enum Zone {
    ZIP("ZIP"),
    ZAC("ZAC"),
    HORS("Hors zonage");

    private final String label;

    Zone(String label) {
        this.label = label;
    }

    /** As a table cell names it (« ZIP »), the diagnostic's legend saying what each zone is. */
    public String label() {
        return label;
    }

    /** A zone as a data set's file writes it (any case); empty when it is none of them. */
    public static Optional<Zone> named(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (Zone zone : values()) {
            if (zone.name().equals(upper)) {
                return Optional.of(zone);
            }
        }
        return Optional.empty();
    }

    /** Whether a doctor practising in this zone practises in an under-served one (ZIP or ZAC). */
    public boolean isUnderServed() {
        return this != HORS;
    }
}
