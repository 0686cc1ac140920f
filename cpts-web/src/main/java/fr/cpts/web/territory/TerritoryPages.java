package fr.cpts.web.territory;

import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.Epci;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.PastedInseeCodes;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.TerritoryConflict;
import fr.cpts.domain.territory.TerritoryDrawing;
import fr.cpts.domain.territory.TerritoryPopulation;
import fr.cpts.domain.territory.VersionedTerritory;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.AciSimulator;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The territory of a CPTS as pages show and change it. Every change reads the territory, applies the move in the
 * domain ({@link TerritoryDrawing}) and saves it from the version the person saw: a change made meanwhile by
 * someone else is never overwritten.
 */
@Service
public class TerritoryPages {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final Territories territories;
    private final Communes communes;
    private final AciSimulator aci;
    private final Clock clock = Clock.system(PARIS);

    TerritoryPages(Territories territories, Communes communes, AciSimulator aci) {
        this.territories = territories;
        this.communes = communes;
        this.aci = aci;
    }

    public TerritoryPage page(CptsRecord cpts) {
        VersionedTerritory stored = territories.forEditing(cpts.id());
        TerritoryDrawing drawing = TerritoryDrawing.of(stored, communes);
        Map<String, String> departements = communes.departements().stream()
                .collect(Collectors.toMap(Departement::code, Departement::name));
        TerritoryPopulation population = drawing.population();
        return new TerritoryPage(cpts, stored.version(), drawing.communes(), departements, population,
                ceilings(population.knownPopulation()), territories.overlapsOf(cpts.id()),
                stored.updatedAt().map(at -> "le " + WHEN.format(at.atZone(PARIS)) + " par "
                        + stored.updatedBy().orElse("?")));
    }

    /** The ACI bracket for that population today; empty when no rule set is in force. */
    public Optional<AciCeilings> ceilings(long population) {
        try {
            return Optional.of(aci.ceilings(population, LocalDate.now(clock)));
        } catch (FundingRefusal refusal) {
            return Optional.empty();
        }
    }

    /** Adds one commune; the French message to show. */
    public String addCommune(CptsRecord cpts, String code, long version, String by) {
        if (!InseeCode.isValid(code)) {
            throw new DomainException("Choisissez une commune dans la liste, ou saisissez son code INSEE "
                    + "(cinq caractères, par exemple 33227).");
        }
        Commune commune = communes.byCode(InseeCode.parse(code)).orElseThrow(() -> new DomainException(
                "Le code « " + code.strip() + " » n'est pas celui d'une commune actuelle."));
        return change(cpts, version, by, drawing -> drawing.add(commune) ? 1 : 0,
                commune.name() + " a été ajoutée au territoire.",
                commune.name() + " fait déjà partie du territoire.");
    }

    public String removeCommune(CptsRecord cpts, String code, long version, String by) {
        if (!InseeCode.isValid(code)) {
            throw new DomainException("Commune à retirer inconnue.");
        }
        InseeCode insee = InseeCode.parse(code);
        String name = communes.byCode(insee).map(Commune::name).orElse(insee.value());
        return change(cpts, version, by, drawing -> drawing.remove(insee) ? 1 : 0,
                name + " a été retirée du territoire.", "Cette commune ne faisait pas (ou plus) partie du territoire.");
    }

    public String addEpci(CptsRecord cpts, String code, long version, String by) {
        Epci epci = (code == null ? Optional.<Epci>empty() : communes.epci(code.strip()))
                .orElseThrow(() -> new DomainException("Choisissez un EPCI dans la liste des résultats."));
        int[] added = new int[1];
        change(cpts, version, by, drawing -> added[0] = drawing.addEpci(epci, communes), "", "");
        return added[0] == 0 ? "Toutes les communes de « " + epci.name() + " » faisaient déjà partie du territoire."
                : added[0] + (added[0] == 1 ? " commune de « " + epci.name() + " » a été ajoutée au territoire."
                : " communes de « " + epci.name() + " » ont été ajoutées au territoire.");
    }

    /** Adds every pasted commune or none ({@link fr.cpts.domain.territory.UnknownCommunes} lists the unknown). */
    public String paste(CptsRecord cpts, String text, long version, String by) {
        PastedInseeCodes pasted = PastedInseeCodes.parse(text);
        int[] added = new int[1];
        change(cpts, version, by, drawing -> added[0] = drawing.paste(pasted, communes), "", "");
        return added[0] == 0 ? "Toutes les communes de la liste faisaient déjà partie du territoire."
                : added[0] + (added[0] == 1 ? " commune ajoutée au territoire." : " communes ajoutées au territoire.");
    }

    private String change(CptsRecord cpts, long version, String by, ToIntFunction<TerritoryDrawing> move,
                          String changed, String unchanged) {
        VersionedTerritory stored = territories.forEditing(cpts.id());
        if (stored.version() != version) {
            throw new TerritoryConflict(cpts.id());
        }
        TerritoryDrawing drawing = TerritoryDrawing.of(stored, communes);
        if (move.applyAsInt(drawing) == 0) {
            return unchanged;
        }
        territories.save(drawing.toTerritory(), version, by);
        return changed;
    }
}
