package fr.cpts.domain.dossier;

import fr.cpts.domain.territory.RegionCode;
import java.util.Optional;

/** FIR seed grants and the range each région grants them within (repository port, implemented by persistence). */
public interface SeedGrants {

    /** The range of that région, if one is configured. */
    Optional<SeedGrantRange> rangeFor(RegionCode region);

    /** The decision on that letter of intent, if any. */
    Optional<SeedGrant> of(DossierId letterOfIntent);

    /** Records the decision; a letter of intent carries one decision at most. */
    void record(SeedGrant grant);
}
