package fr.cpts.domain.territory;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CPTS territory being drawn: communes added one by one, by whole EPCI or from a pasted list of INSEE codes,
 * and removed. It knows its communes (name, population, département) so that the population can be shown at
 * every step, and the version it was read at, so that saving it never overwrites someone else's change.
 */
public final class TerritoryDrawing {

    private static final Comparator<Commune> BY_DEPARTEMENT_THEN_NAME = Comparator.comparing(Commune::departementCode)
            .thenComparing(commune -> SearchText.normalise(commune.name()))
            .thenComparing(commune -> commune.code().value());

    private final CptsId cpts;
    private final long version;
    private final Map<InseeCode, Commune> communes = new LinkedHashMap<>();

    private TerritoryDrawing(CptsId cpts, long version, Collection<Commune> communes) {
        this.cpts = Objects.requireNonNull(cpts, "CPTS");
        this.version = version;
        communes.forEach(commune -> this.communes.put(commune.code(), commune));
    }

    /**
     * The territory as stored, with its communes as the reference data describes them. A stored commune the
     * reference no longer lists as current is kept: it is shown and can be removed.
     */
    public static TerritoryDrawing of(VersionedTerritory stored, Communes reference) {
        CommuneLookup lookup = reference.byCodes(stored.territory().communes());
        List<Commune> known = new ArrayList<>(lookup.found());
        for (InseeCode retired : lookup.unknown()) {
            known.add(new Commune(
                    retired,
                    "Commune " + retired.value() + " (ne figure plus au référentiel)",
                    OptionalInt.empty(),
                    List.of(),
                    retired.departementPart(),
                    ""));
        }
        return new TerritoryDrawing(stored.territory().cpts(), stored.version(), known);
    }

    /** A drawing from communes already at hand (tests, demo data). */
    public static TerritoryDrawing of(CptsId cpts, long version, Collection<Commune> communes) {
        return new TerritoryDrawing(cpts, version, communes);
    }

    public CptsId cpts() {
        return cpts;
    }

    /** The version the drawing started from. */
    public long version() {
        return version;
    }

    /**
     * Adds a commune or a municipal arrondissement; false when it was already in the territory. Refused for a
     * commune divided into arrondissements (a territory there is drawn from arrondissements), and for an
     * arrondissement whose whole commune the territory holds (never the commune and its arrondissements together).
     */
    public boolean add(Commune commune) {
        requireAddable(commune);
        return communes.putIfAbsent(commune.code(), commune) == null;
    }

    private void requireAddable(Commune commune) {
        Objects.requireNonNull(commune, "commune");
        if (commune.divided()) {
            throw new DomainException("« " + commune.name() + " » est divisée en arrondissements municipaux : un "
                    + "territoire de CPTS y est dessiné par arrondissement. Ajoutez les arrondissements que la CPTS "
                    + "couvre (par exemple « " + commune.name() + " 1er Arrondissement »).");
        }
        Optional<InseeCode> whole = commune.divides().filter(communes::containsKey);
        if (whole.isPresent()) {
            throw new DomainException("Le territoire contient déjà la commune entière « "
                    + communes.get(whole.get()).name() + " » : retirez-la avant d'y ajouter « " + commune.name()
                    + " », un territoire ne tenant jamais la commune et ses arrondissements ensemble.");
        }
    }

    /** Adds every member commune of an EPCI; the number of communes that were not in the territory yet. */
    public int addEpci(Epci epci, Communes reference) {
        Objects.requireNonNull(epci, "EPCI");
        List<Commune> members = reference.membersOf(epci.code());
        if (members.isEmpty()) {
            throw new DomainException(
                    "L'EPCI « " + epci.name() + " » n'a aucune commune actuelle dans le référentiel.");
        }
        return addAll(members);
    }

    /**
     * Adds every commune of a pasted list, or none: when a code is malformed or names no current commune, the
     * territory is left untouched and {@link UnknownCommunes} lists them all.
     *
     * @return the number of communes that were not in the territory yet
     */
    public int paste(PastedInseeCodes pasted, Communes reference) {
        if (pasted.isEmpty()) {
            throw new DomainException("La liste collée ne contient aucun code INSEE.");
        }
        CommuneLookup lookup = reference.byCodes(pasted.codes());
        List<String> divided = lookup.found().stream()
                .filter(Commune::divided)
                .map(commune -> commune.code().value() + " (" + commune.name() + ")")
                .toList();
        if (!divided.isEmpty()) {
            throw new DomainException("La liste collée contient une commune divisée en arrondissements municipaux : "
                    + String.join(", ", divided) + ". Collez plutôt les codes INSEE des arrondissements que la CPTS "
                    + "couvre.");
        }
        List<String> refused = new ArrayList<>(pasted.malformed());
        pasted.codes().stream()
                .filter(lookup.unknown()::contains)
                .map(InseeCode::value)
                .forEach(refused::add);
        if (!refused.isEmpty()) {
            throw new UnknownCommunes(refused);
        }
        return addAll(lookup.found());
    }

    /** Removes a commune; false when it was not in the territory. */
    public boolean remove(InseeCode code) {
        return communes.remove(code) != null;
    }

    public boolean contains(InseeCode code) {
        return communes.containsKey(code);
    }

    public Optional<Commune> commune(InseeCode code) {
        return Optional.ofNullable(communes.get(code));
    }

    /** The communes, by département then name. */
    public List<Commune> communes() {
        return communes.values().stream().sorted(BY_DEPARTEMENT_THEN_NAME).toList();
    }

    /** The known population and how many communes have none. */
    public TerritoryPopulation population() {
        return TerritoryPopulation.of(communes.values());
    }

    /** The communes as the territories port stores them. */
    public Territory toTerritory() {
        return new Territory(cpts, communes.keySet());
    }

    /** Adds them all, or none when one of them cannot be added. */
    private int addAll(Collection<Commune> added) {
        added.forEach(this::requireAddable);
        int count = 0;
        for (Commune commune : added) {
            if (add(commune)) {
                count++;
            }
        }
        return count;
    }
}
