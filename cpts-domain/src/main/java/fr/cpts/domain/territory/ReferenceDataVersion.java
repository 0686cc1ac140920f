package fr.cpts.domain.territory;

import java.time.Instant;
import java.util.Objects;

/**
 * Which edition of the administrative reference data is loaded, and when it was: populations (and so a CPTS's
 * size bracket) depend on it, so every figure derived from them can say where it comes from.
 *
 * @param packageName the published package the data comes from ({@code @etalab/decoupage-administratif})
 * @param version     its version ({@code 6.0.0})
 * @param loadedAt    when the platform loaded it
 */
public record ReferenceDataVersion(String packageName, String version, Instant loadedAt) {

    public ReferenceDataVersion {
        Objects.requireNonNull(packageName, "paquet");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(loadedAt, "date de chargement");
    }
}
