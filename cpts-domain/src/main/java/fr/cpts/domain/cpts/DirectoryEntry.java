package fr.cpts.domain.cpts;

import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import java.util.Objects;

/**
 * A CPTS as the public directory shows it, with nothing private: its name, stage, the population of its territory
 * (the known populations of its communes; none while it has drawn no territory), its département and région.
 *
 * @param communes how many communes its territory holds (0 while it has drawn none)
 */
public record DirectoryEntry(
        CptsId id,
        String name,
        CptsStage stage,
        long communes,
        long population,
        DepartementCode departement,
        String departementName,
        RegionCode region,
        String regionName) {

    public DirectoryEntry {
        Objects.requireNonNull(id, "CPTS");
        Objects.requireNonNull(name, "nom");
        Objects.requireNonNull(stage, "étape");
        Objects.requireNonNull(departement, "département");
        Objects.requireNonNull(region, "région");
    }

    /** Whether a territory is drawn, so that its population means something. */
    public boolean hasTerritory() {
        return communes > 0;
    }
}
