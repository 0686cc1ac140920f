package fr.cpts.web.territory;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
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
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory of a CPTS as pages show and change it. Every change reads the territory, applies the move in the
 * domain ({@link TerritoryDrawing}) and saves it from the version the person saw: a change made meanwhile by
 * someone else is never overwritten. Each change is journaled ({@link Audit}) with the communes it added and removed,
 * in the same transaction.
 */
@Service
public class TerritoryPages {

    private final Territories territories;
    private final Communes communes;
    private final AciSimulator aci;
    private final Audit audit;
    private final Clock clock;

    TerritoryPages(Territories territories, Communes communes, AciSimulator aci, Audit audit, Clock clock) {
        this.clock = clock;
        this.territories = territories;
        this.communes = communes;
        this.aci = aci;
        this.audit = audit;
    }

    public TerritoryPage page(CptsRecord cpts) {
        VersionedTerritory stored = territories.forEditing(cpts.id());
        TerritoryDrawing drawing = TerritoryDrawing.of(stored, communes);
        Map<String, String> departements =
                communes.departements().stream().collect(Collectors.toMap(Departement::code, Departement::name));
        TerritoryPopulation population = drawing.population();
        return new TerritoryPage(
                cpts,
                stored.version(),
                drawing.communes(),
                departements,
                population,
                ceilings(population.knownPopulation()),
                territories.overlapsOf(cpts.id()),
                stored.updatedAt()
                        .map(at -> "le " + FrenchDates.dayTime(at) + " par "
                                + stored.updatedBy().orElse("?")));
    }

    /** The ACI bracket for that population today; empty when no rule set is in force. */
    public Optional<AciCeilings> ceilings(long population) {
        try {
            return Optional.of(aci.ceilings(population, FrenchFormats.today(clock)));
        } catch (FundingRefusal refusal) {
            return Optional.empty();
        }
    }

    /** Adds one commune; the French message to show. */
    @Transactional
    public String addCommune(CptsRecord cpts, String code, long version, Account by) {
        if (!InseeCode.isValid(code)) {
            throw new DomainException("Choisissez une commune dans la liste, ou saisissez son code INSEE "
                    + "(cinq caractères, par exemple 33227).");
        }
        Commune commune = communes.byCode(InseeCode.parse(code))
                .orElseThrow(() -> new DomainException(
                        "Le code « " + code.strip() + " » n'est pas celui d'une commune actuelle."));
        return change(
                cpts,
                version,
                by,
                drawing -> drawing.add(commune) ? 1 : 0,
                commune.name() + " a été ajoutée au territoire.",
                commune.name() + " fait déjà partie du territoire.");
    }

    @Transactional
    public String removeCommune(CptsRecord cpts, String code, long version, Account by) {
        if (!InseeCode.isValid(code)) {
            throw new DomainException("Commune à retirer inconnue.");
        }
        InseeCode insee = InseeCode.parse(code);
        String name = communes.byCode(insee).map(Commune::name).orElse(insee.value());
        return change(
                cpts,
                version,
                by,
                drawing -> drawing.remove(insee) ? 1 : 0,
                name + " a été retirée du territoire.",
                "Cette commune ne faisait pas (ou plus) partie du territoire.");
    }

    @Transactional
    public String addEpci(CptsRecord cpts, String code, long version, Account by) {
        Epci epci = (code == null ? Optional.<Epci>empty() : communes.epci(code.strip()))
                .orElseThrow(() -> new DomainException("Choisissez un EPCI dans la liste des résultats."));
        int[] added = new int[1];
        change(cpts, version, by, drawing -> added[0] = drawing.addEpci(epci, communes), "", "");
        return added[0] == 0
                ? "Toutes les communes de « " + epci.name() + " » faisaient déjà partie du territoire."
                : added[0]
                        + (added[0] == 1
                                ? " commune de « " + epci.name() + " » a été ajoutée au territoire."
                                : " communes de « " + epci.name() + " » ont été ajoutées au territoire.");
    }

    /** Adds every pasted commune or none ({@link fr.cpts.domain.territory.UnknownCommunes} lists the unknown). */
    @Transactional
    public String paste(CptsRecord cpts, String text, long version, Account by) {
        PastedInseeCodes pasted = PastedInseeCodes.parse(text);
        int[] added = new int[1];
        change(cpts, version, by, drawing -> added[0] = drawing.paste(pasted, communes), "", "");
        return added[0] == 0
                ? "Toutes les communes de la liste faisaient déjà partie du territoire."
                : added[0] + (added[0] == 1 ? " commune ajoutée au territoire." : " communes ajoutées au territoire.");
    }

    private String change(
            CptsRecord cpts,
            long version,
            Account by,
            ToIntFunction<TerritoryDrawing> move,
            String changed,
            String unchanged) {
        VersionedTerritory stored = territories.forEditing(cpts.id());
        if (stored.version() != version) {
            throw new TerritoryConflict(cpts.id());
        }
        TerritoryDrawing drawing = TerritoryDrawing.of(stored, communes);
        List<Commune> before = drawing.communes();
        if (move.applyAsInt(drawing) == 0) {
            return unchanged;
        }
        territories.save(drawing.toTerritory(), version, by.username());
        audit.record(
                by,
                cpts.id(),
                AuditedEntity.TERRITOIRE,
                cpts.id().value(),
                version == 0 ? AuditAction.CREATION : AuditAction.MODIFICATION,
                null,
                communeChanges(before, drawing.communes()));
        return changed;
    }

    /** The communes added and removed, by name and code, in name order. */
    private static List<FieldChange> communeChanges(List<Commune> before, List<Commune> after) {
        Set<InseeCode> had = before.stream().map(Commune::code).collect(Collectors.toSet());
        Set<InseeCode> has = after.stream().map(Commune::code).collect(Collectors.toSet());
        String added = names(
                after.stream().filter(commune -> !had.contains(commune.code())).toList());
        String removed = names(
                before.stream().filter(commune -> !has.contains(commune.code())).toList());
        List<FieldChange> changes = new ArrayList<>();
        if (!added.isEmpty()) {
            changes.add(new FieldChange("communesAdded", null, added));
        }
        if (!removed.isEmpty()) {
            changes.add(new FieldChange("communesRemoved", removed, null));
        }
        changes.add(new FieldChange("communeCount", String.valueOf(before.size()), String.valueOf(after.size())));
        return changes;
    }

    private static String names(List<Commune> communes) {
        return communes.stream()
                .sorted(Comparator.comparing(Commune::name)
                        .thenComparing(c -> c.code().value()))
                .map(commune -> commune.name() + " (" + commune.code().value() + ")")
                .collect(Collectors.joining(", "));
    }
}
