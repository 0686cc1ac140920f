package fr.cpts.web.territory;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.domain.territory.TerritoryPopulation;
import fr.cpts.funding.aci.AciCeilings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a territory page shows: the communes (with their département's name), the population, the ACI bracket it
 * falls in today, and the communes it shares with other CPTS.
 *
 * @param ceilings       the bracket and its reading; empty when no ACI rule set is in force today
 * @param lastChange     « le dd/MM/yyyy à HH:mm par login », or empty when never saved
 */
public record TerritoryPage(
        CptsRecord cpts,
        long version,
        List<Commune> communes,
        Map<String, String> departementNames,
        TerritoryPopulation population,
        Optional<AciCeilings> ceilings,
        List<TerritoryOverlap> overlaps,
        Optional<String> lastChange) {

    public String formattedPopulation() {
        return FrenchNumbers.format(population.knownPopulation());
    }

    public String populationOf(Commune commune) {
        return commune.population().isPresent()
                ? FrenchNumbers.format(commune.population().getAsInt())
                : null;
    }

    public String departementOf(Commune commune) {
        String name = departementNames.get(commune.departementCode());
        return name == null ? commune.departementCode() : name + " (" + commune.departementCode() + ")";
    }

    /** The CPTS sharing communes with this one, by name, each with the communes it shares. */
    public Map<String, List<TerritoryOverlap>> overlapsByCpts() {
        Map<String, List<TerritoryOverlap>> byCpts =
                new java.util.TreeMap<>(java.text.Collator.getInstance(java.util.Locale.FRANCE));
        overlaps.forEach(overlap -> byCpts.computeIfAbsent(overlap.otherCptsName(), name -> new java.util.ArrayList<>())
                .add(overlap));
        return byCpts;
    }

    /** How many distinct communes are shared. */
    public long sharedCommunes() {
        return overlaps.stream().map(TerritoryOverlap::commune).distinct().count();
    }
}
