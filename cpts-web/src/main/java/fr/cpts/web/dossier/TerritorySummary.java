package fr.cpts.web.dossier;

import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.TerritoryOverlap;
import java.util.List;

/** The territory of a CPTS as a dossier page shows it: its communes, their population, and the overlaps. */
public record TerritorySummary(List<Commune> communes, long population, List<TerritoryOverlap> overlaps) {

    public boolean isEmpty() {
        return communes.isEmpty();
    }
}
