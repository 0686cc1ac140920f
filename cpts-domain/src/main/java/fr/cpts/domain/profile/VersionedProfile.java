package fr.cpts.domain.profile;

import java.time.Instant;
import java.util.Objects;

/** A profile and the version it was read at; {@code updatedBy} is the login of who saved it last. */
public record VersionedProfile(CptsProfile profile, long version, Instant updatedAt, String updatedBy) {

    public VersionedProfile {
        Objects.requireNonNull(profile, "fiche");
        Objects.requireNonNull(updatedAt, "date");
        Objects.requireNonNull(updatedBy, "auteur");
        if (version <= 0) {
            throw new IllegalArgumentException("Version de fiche invalide : " + version);
        }
    }
}
