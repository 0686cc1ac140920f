package fr.cpts.domain.profile;

import fr.cpts.domain.cpts.CptsId;
import java.util.Optional;

/** The profiles of the CPTS (repository port, implemented by persistence). */
public interface CptsProfiles {

    /** The CPTS's profile and its version, if it was ever filled in. */
    Optional<VersionedProfile> of(CptsId cpts);

    /**
     * Stores the profile, provided nobody saved it since {@code expectedVersion} was read (0: never saved);
     * otherwise nothing is written and {@link ProfileConflict} is thrown.
     *
     * @return the new version
     */
    long save(CptsProfile profile, long expectedVersion, String updatedBy);
}
