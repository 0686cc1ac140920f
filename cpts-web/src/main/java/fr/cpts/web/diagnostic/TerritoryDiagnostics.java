package fr.cpts.web.diagnostic;

import fr.cpts.domain.diagnostic.Aggregation;
import fr.cpts.domain.diagnostic.AreaCode;
import fr.cpts.domain.diagnostic.AreaTotals;
import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DataVersion.VersionKey;
import fr.cpts.domain.diagnostic.DiagnosticData;
import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.Diagnostics;
import fr.cpts.domain.diagnostic.FlowSummary;
import fr.cpts.domain.diagnostic.Indicator;
import fr.cpts.domain.diagnostic.PatientFlows;
import fr.cpts.domain.territory.Commune;
import fr.cpts.web.ScopeNames;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic of a list of communes: the territory's figures beside those of its main département (the one
 * holding most of its population), that département's région and France, from the newest version of each source
 * unless an older year is asked; a comparison area's figure only where its data covers it. Four statements, whatever the number of communes.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryDiagnostics {

    private final DiagnosticData data;
    private final PatientFlows flows;
    private final ScopeNames names;
    private final Clock clock;
    /** The catalogue (a migration's data) and the areas' commune counts (the reference, loaded at start) do not
     * change while the platform runs: read once. */
    private volatile Catalogue catalogue;

    private final Map<AreaCode, Integer> communeCounts = new ConcurrentHashMap<>();

    TerritoryDiagnostics(DiagnosticData data, PatientFlows flows, ScopeNames names, Clock clock) {
        this.data = data;
        this.flows = flows;
        this.names = names;
        this.clock = clock;
    }

    /**
     * @param communes the territory, possibly empty (then no diagnostic)
     * @param label    the territory's name (« CPTS Sud Gironde », « Territoire étudié »)
     * @param years    the year asked for a source, where an older one is wanted
     */
    public Optional<DiagnosticTable> of(List<Commune> communes, String label, Map<String, Integer> years) {
        if (communes.isEmpty()) {
            return Optional.empty();
        }
        List<DataVersion> versions = chosen(data.versions(), years);
        List<VersionKey> keys = versions.stream().map(DataVersion::key).toList();
        String departement = mainDepartement(communes);
        String region = communes.stream()
                .filter(commune -> commune.departementCode().equals(departement))
                .findFirst()
                .orElseThrow()
                .regionCode();
        List<AreaCode> compared = List.of(AreaCode.departement(departement), AreaCode.region(region), AreaCode.FRANCE);
        List<String> labels = List.of(names.departement(departement), names.region(region), "France");
        Map<AreaCode, AreaTotals> totals = data.areaTotals(compared, keys);
        Map<AreaCode, Integer> communesIn = communeCounts(compared);
        List<Diagnostics.Area> areas = new ArrayList<>();
        areas.add(new Diagnostics.Area(
                label,
                communes.size(),
                data.totalsOf(communes.stream().map(Commune::code).toList(), keys)));
        for (int i = 0; i < compared.size(); i++) {
            int areaCommunes = communesIn.get(compared.get(i));
            areas.add(new Diagnostics.Area(
                    labels.get(i), areaCommunes, totals.get(compared.get(i)).complete(areaCommunes)));
        }
        return Optional.of(Diagnostics.compute(catalogue(), versions, areas, clock.instant()));
    }

    /** The diagnostic of a CPTS's territory as its pages show it, from the newest data; empty without data. */
    public Optional<DiagnosticView> viewOf(List<Commune> communes, String label) {
        return of(communes, label, Map.of()).filter(DiagnosticTable::hasData).map(DiagnosticView::of);
    }

    /** The patient flows of these communes in the newest year imported; empty without flows or communes. */
    public Optional<FlowSummary> flowsOf(List<Commune> communes) {
        if (communes.isEmpty()) {
            return Optional.empty();
        }
        return data.versions().stream()
                .filter(version -> version.source().equals(DiagnosticImports.FLOWS))
                .findFirst()
                .map(version ->
                        flows.ofTerritory(communes.stream().map(Commune::code).toList(), version))
                .filter(summary -> !summary.specialties().isEmpty());
    }

    /** The indicators a list of dossiers can be sorted by: the rates and means of the catalogue. */
    public List<Indicator> sortable() {
        return catalogue().indicators().stream()
                .filter(indicator -> indicator.aggregation() == Aggregation.RATIO
                        || indicator.aggregation() == Aggregation.WEIGHTED_MEAN)
                .toList();
    }

    /** The sortable indicator with that code, if there is one (a list's sort parameter, as typed). */
    public Optional<Indicator> sortable(String code) {
        return sortable().stream()
                .filter(indicator -> indicator.code().equals(code))
                .findFirst();
    }

    /** Every version imported, by source then newest year first. */
    public List<DataVersion> versions() {
        return data.versions();
    }

    /** The sources imported for more than one year, whose edition a person may choose. */
    List<DiagnosticYears.Choice> yearChoices() {
        return DiagnosticYears.choices(catalogue(), data.versions());
    }

    private Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = data.catalogue();
        }
        return catalogue;
    }

    private Map<AreaCode, Integer> communeCounts(List<AreaCode> areas) {
        List<AreaCode> missing =
                areas.stream().filter(area -> !communeCounts.containsKey(area)).toList();
        if (!missing.isEmpty()) {
            communeCounts.putAll(data.communeCounts(missing));
        }
        return communeCounts;
    }

    /** For each source, the version of the year asked if there is one, else the newest. */
    static List<DataVersion> chosen(List<DataVersion> all, Map<String, Integer> years) {
        Map<String, DataVersion> chosen = new LinkedHashMap<>();
        for (DataVersion version : all) {
            Integer asked = years.get(version.source());
            if (asked != null && asked == version.year()) {
                chosen.put(version.source(), version);
            } else {
                chosen.putIfAbsent(version.source(), version);
            }
        }
        return List.copyOf(chosen.values());
    }

    /** The département holding most of the territory's known population (by code on a tie). */
    static String mainDepartement(List<Commune> communes) {
        Map<String, Long> population = communes.stream()
                .collect(Collectors.groupingBy(
                        Commune::departementCode,
                        Collectors.summingLong(commune -> commune.population().orElse(0))));
        return population.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }
}
