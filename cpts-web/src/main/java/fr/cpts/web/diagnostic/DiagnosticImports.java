package fr.cpts.web.diagnostic;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.CommuneValues;
import fr.cpts.domain.diagnostic.DataSetFile;
import fr.cpts.domain.diagnostic.DataSetImport;
import fr.cpts.domain.diagnostic.DataSetRefused;
import fr.cpts.domain.diagnostic.DataSetRefused.Problem;
import fr.cpts.domain.diagnostic.DiagnosticData;
import fr.cpts.domain.diagnostic.DiagnosticSource;
import fr.cpts.domain.diagnostic.Flow;
import fr.cpts.domain.diagnostic.FlowFile;
import fr.cpts.domain.diagnostic.ImportRecord;
import fr.cpts.domain.diagnostic.PatientFlows;
import fr.cpts.domain.diagnostic.Specialty;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.web.FrenchFormats;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a data set's file: an administrator any source for France, an ARS référent the regional sources (the
 * zoning) for their région. The request is checked field by field, the file line by line (its communes must be
 * current ones, and in the référent's région); then the file replaces its version, all of it or nothing.
 */
@Service
public class DiagnosticImports {

    /** The source of the patient flows, whose file has its own schema. */
    static final String FLOWS = "ameli-flux";

    private static final String UNKNOWN_COMMUNE =
            " n'est pas une commune actuelle (Paris, Lyon et Marseille : une ligne par arrondissement)";

    private final DiagnosticData data;
    private final PatientFlows flows;
    private final Clock clock;

    DiagnosticImports(DiagnosticData data, PatientFlows flows, Clock clock) {
        this.data = data;
        this.flows = flows;
        this.clock = clock;
    }

    /** What the person asked, as typed. */
    public record Request(String source, String year, String effectiveOn, String fileName) {}

    /** The request's fields that are refused, each with its French reason, by field name. */
    public static class RequestRefused extends DomainException {
        private final Map<String, String> fields;

        RequestRefused(Map<String, String> fields) {
            super(String.join(" ", fields.values()));
            this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Map<String, String> fields() {
            return fields;
        }
    }

    /** The sources this person may import. */
    @Transactional(readOnly = true)
    public List<DiagnosticSource> importable(Account actor) {
        return data.catalogue().sources().stream()
                .filter(source -> mayImport(actor, source))
                .toList();
    }

    /** The catalogue, for the administrators' page. */
    @Transactional(readOnly = true)
    public Catalogue catalogue() {
        return data.catalogue();
    }

    @Transactional(readOnly = true)
    public List<ImportRecord> lastImports(Account actor) {
        return data.imports(regionOf(actor), 50);
    }

    /** Checks and stores the file; refused with every field or line problem, nothing stored. */
    @Transactional
    public ImportRecord importFile(Account actor, Request request, Reader file, boolean demo) {
        if (actor.role() != Role.ADMINISTRATOR && !(actor.referent() && actor.role() == Role.ARS_OFFICER)) {
            throw new AccessDeniedException("Import réservé aux administrateurs et aux référents ARS");
        }
        Catalogue catalogue = data.catalogue();
        Map<String, String> refused = new LinkedHashMap<>();
        Optional<DiagnosticSource> source = catalogue.source(
                request.source() == null ? "" : request.source().strip());
        if (source.isEmpty() || !mayImport(actor, source.get())) {
            refused.put("source", "Source : choisissez une des sources proposées.");
        }
        int thisYear = FrenchFormats.today(clock).getYear();
        Integer year = parseYear(request.year(), thisYear);
        if (year == null) {
            refused.put("year", "Année : saisissez l'année des données, de 1990 à " + (thisYear + 1) + ".");
        }
        Optional<LocalDate> effectiveOn = Optional.empty();
        if (source.isPresent() && source.get().effectiveDated()) {
            effectiveOn = FrenchDates.read(request.effectiveOn());
            if (effectiveOn.isEmpty()) {
                refused.put(
                        "effectiveOn",
                        "Date d'effet : saisissez la date d'entrée en vigueur de l'arrêté (jj/mm/aaaa).");
            }
        }
        if (request.fileName() == null || request.fileName().isBlank()) {
            refused.put("file", "Fichier : choisissez le fichier CSV du jeu de données.");
        }
        if (!refused.isEmpty()) {
            throw new RequestRefused(refused);
        }
        if (source.get().code().equals(FLOWS)) {
            return importFlows(actor, request, year, file, demo);
        }
        List<CommuneValues> communes = DataSetFile.read(catalogue, source.get().code(), file);
        Optional<String> region = regionOf(actor).filter(own -> source.get().regional());
        checkCommunes(communes, region);
        DataSetImport stored = new DataSetImport(
                source.get().code(),
                year,
                effectiveOn,
                region,
                request.fileName(),
                communes,
                demo,
                actor.username(),
                clock.instant());
        data.store(stored);
        return new ImportRecord(
                stored.source(),
                stored.year(),
                stored.region(),
                stored.fileName(),
                communes.size(),
                stored.importedBy(),
                stored.importedAt(),
                demo);
    }

    private ImportRecord importFlows(Account actor, Request request, int year, Reader file, boolean demo) {
        Set<String> specialties =
                flows.specialties().stream().map(Specialty::code).collect(Collectors.toSet());
        List<Flow> read = FlowFile.read(specialties, file);
        Set<InseeCode> codes = new HashSet<>();
        read.forEach(flow -> {
            codes.add(flow.residence());
            codes.add(flow.practice());
        });
        Map<InseeCode, String> known = data.regionsOf(codes);
        List<Problem> problems = new ArrayList<>();
        for (Flow flow : read) {
            for (InseeCode code : List.of(flow.residence(), flow.practice())) {
                if (!known.containsKey(code)) {
                    problems.add(new Problem(flow.line(), "la commune " + code + UNKNOWN_COMMUNE));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DataSetRefused(problems);
        }
        Instant at = clock.instant();
        flows.store(year, request.fileName(), read, demo, actor.username(), at);
        int residences = (int) read.stream().map(Flow::residence).distinct().count();
        return new ImportRecord(
                FLOWS, year, Optional.empty(), request.fileName(), residences, actor.username(), at, demo);
    }

    private void checkCommunes(List<CommuneValues> communes, Optional<String> region) {
        Map<InseeCode, String> regions =
                data.regionsOf(communes.stream().map(CommuneValues::commune).toList());
        List<Problem> problems = new ArrayList<>();
        for (CommuneValues commune : communes) {
            String found = regions.get(commune.commune());
            if (found == null) {
                problems.add(new Problem(commune.line(), "la commune " + commune.commune() + UNKNOWN_COMMUNE));
            } else if (region.isPresent() && !region.get().equals(found)) {
                problems.add(new Problem(
                        commune.line(), "la commune " + commune.commune() + " n'est pas dans votre région"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataSetRefused(problems);
        }
    }

    private static boolean mayImport(Account actor, DiagnosticSource source) {
        return actor.role() == Role.ADMINISTRATOR
                || (actor.role() == Role.ARS_OFFICER && actor.referent() && source.regional());
    }

    private static Optional<String> regionOf(Account actor) {
        return actor.scope() instanceof AccessScope.Region region
                ? Optional.of(region.region().value())
                : Optional.empty();
    }

    private static Integer parseYear(String text, int thisYear) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(typed);
        return year < 1990 || year > thisYear + 1 ? null : year;
    }
}
