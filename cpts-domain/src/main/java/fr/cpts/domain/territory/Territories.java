package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;
import java.util.List;

/** The territories of the CPTS (repository port, implemented by persistence). */
public interface Territories {

    /** The communes of the CPTS's territory; empty when it is not drawn yet. */
    Territory of(CptsId cpts);

    /** The communes of this CPTS's territory that also belong to another CPTS's territory, by commune name. */
    List<TerritoryOverlap> overlapsOf(CptsId cpts);

    /**
     * The territory as it stands, with the version a person editing it starts from (version 0 when it was never
     * saved), read at one instant.
     */
    VersionedTerritory forEditing(CptsId cpts);

    /**
     * Replaces the CPTS's territory by these communes, provided nobody saved it since {@code expectedVersion}
     * was read; otherwise nothing is written and {@link TerritoryConflict} is thrown. Communes shared with another
     * CPTS are stored (a draft may hold them: {@link #overlapsOf} finds them, and the dossiers refuse them).
     *
     * @param updatedBy the login of the person saving
     * @return the new version
     */
    long save(Territory territory, long expectedVersion, String updatedBy);

    /**
     * Per département of the région, its communes and population not covered by any CPTS territory (« zones
     * blanches »), with the {@code largest} most populated uncovered communes of each.
     */
    List<DepartementCoverage> coverageOf(RegionCode region, int largest);
}
