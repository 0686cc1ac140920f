package fr.cpts.domain.cpts;

import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;

/**
 * What a list of CPTS is narrowed to: a région, a département, a stage, part of the name; each null (or blank, for
 * the name) when it does not narrow.
 */
public record CptsFilter(RegionCode region, DepartementCode departement, CptsStage stage, String name) {

    /** The longest part of a name looked for. */
    public static final int NAME_MAX = 100;

    public static final CptsFilter NONE = new CptsFilter(null, null, null, null);

    public CptsFilter {
        name = name == null || name.isBlank() ? null : name.strip();
        if (name != null && name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX);
        }
    }
}
