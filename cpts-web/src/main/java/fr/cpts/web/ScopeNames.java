package fr.cpts.web;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.Region;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person's scope as people name it: « Nouvelle-Aquitaine », « Gironde (33), Landes (40) », the CPTS's own name,
 * « France entière »; never a bare code. The names of régions and départements come from the reference, read once
 * (it is loaded at start-up and does not change while the platform runs).
 */
@Component("scopes")
public class ScopeNames {

    private final Communes communes;
    private final CptsRecords records;
    private volatile Map<String, String> regions;
    private volatile Map<String, String> departements;

    ScopeNames(Communes communes, CptsRecords records) {
        this.communes = communes;
        this.records = records;
    }

    /** Reads the names once the platform is up, so that no page pays for it. */
    @EventListener(ApplicationReadyEvent.class)
    void readNames() {
        regions();
        departements();
    }

    /** The scope's name; a porteur's is their CPTS's (one read). */
    public String of(AccessScope scope) {
        if (scope instanceof AccessScope.OwnCpts own) {
            return records.byId(own.cpts()).map(CptsRecord::name).orElse(scope.describe());
        }
        return named(scope);
    }

    /** The scope's name without reading anything but the reference: a porteur's CPTS is « sa CPTS » here. */
    public String named(AccessScope scope) {
        if (scope instanceof AccessScope.Region region) {
            return regions().getOrDefault(region.region().value(), scope.describe());
        }
        if (scope instanceof AccessScope.Departements covered) {
            return covered.departements().stream()
                    .map(DepartementCode::value)
                    .sorted()
                    .map(this::departement)
                    .collect(Collectors.joining(", "));
        }
        return scope.describe();
    }

    /** « Nouvelle-Aquitaine ». */
    public String region(String code) {
        return regions().getOrDefault(code, code);
    }

    /** « Gironde (33) ». */
    public String departement(String code) {
        String name = departements().get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    private Map<String, String> regions() {
        if (regions == null) {
            regions = communes.regions().stream().collect(Collectors.toUnmodifiableMap(Region::code, Region::name));
        }
        return regions;
    }

    private Map<String, String> departements() {
        if (departements == null) {
            departements = communes.departements().stream()
                    .collect(Collectors.toUnmodifiableMap(Departement::code, Departement::name));
        }
        return departements;
    }
}
