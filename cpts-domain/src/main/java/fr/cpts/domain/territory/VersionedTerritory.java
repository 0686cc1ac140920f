package fr.cpts.domain.territory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A territory and the version it was read at, so that saving it can tell whether someone else saved in between.
 *
 * @param version   0 when the territory was never saved
 * @param updatedAt when it was last saved, if it was
 * @param updatedBy who last saved it (login), if anyone did
 */
public record VersionedTerritory(
        Territory territory, long version, Optional<Instant> updatedAt, Optional<String> updatedBy) {

    public VersionedTerritory {
        Objects.requireNonNull(territory, "territoire");
        Objects.requireNonNull(updatedAt, "date de mise à jour");
        Objects.requireNonNull(updatedBy, "auteur de la mise à jour");
        if (version < 0) {
            throw new IllegalArgumentException("Version de territoire négative : " + version);
        }
    }
}
