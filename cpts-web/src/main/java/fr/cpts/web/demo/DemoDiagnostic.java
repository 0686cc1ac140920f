package fr.cpts.web.demo;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.diagnostic.FlowFile;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.web.diagnostic.DiagnosticImports;
import fr.cpts.web.diagnostic.TerritoryDiagnostics;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The demo's diagnostic data: synthetic files for every commune of the demo régions (Nouvelle-Aquitaine and
 * Guadeloupe), built from the real populations with values drawn from a fixed seed, imported through the same use
 * case as a real file and marked as demonstration data, so that every page showing them says « données fictives de
 * démonstration ». The administrator imports the national sources (the APL for two years, to show the choice of an
 * edition), the ARS référent the zoning of Nouvelle-Aquitaine; the patient flows go to local poles drawn from the postal codes. Loaded once, on a platform without diagnostic data.
 */
@Component
class DemoDiagnostic {

    private static final List<RegionCode> REGIONS = List.of(new RegionCode("75"), new RegionCode("01"));
    private static final List<String> SPECIALTIES =
            List.of("medecine-generale", "soins-infirmiers", "masso-kinesitherapie");

    private final DiagnosticImports imports;
    private final TerritoryDiagnostics diagnostics;
    private final Communes communes;

    DemoDiagnostic(DiagnosticImports imports, TerritoryDiagnostics diagnostics, Communes communes) {
        this.imports = imports;
        this.diagnostics = diagnostics;
        this.communes = communes;
    }

    void load(Account administrator, Account arsReferent) {
        if (!diagnostics.versions().isEmpty()) {
            return;
        }
        List<Commune> all = new ArrayList<>();
        REGIONS.forEach(region -> all.addAll(communes.ofRegion(region)));
        List<Commune> inhabited =
                all.stream().filter(commune -> commune.population().isPresent()).toList();
        load(administrator, "insee-population", 2021, "", inhabited, DemoDiagnostic::population);
        load(administrator, "drees-apl", 2022, "", inhabited, (commune, random) -> apl(random, 0.95));
        load(administrator, "drees-apl", 2023, "", inhabited, (commune, random) -> apl(random, 1.0));
        load(administrator, "ameli-medecins", 2024, "", inhabited, DemoDiagnostic::doctors);
        load(administrator, "ameli-patients", 2024, "", inhabited, DemoDiagnostic::patients);
        load(
                arsReferent,
                "ars-zonage-medecins",
                2024,
                "2024-03-01",
                inhabited.stream()
                        .filter(commune -> commune.regionCode().equals("75"))
                        .toList(),
                (commune, random) -> {
                    double draw = random.nextDouble();
                    return draw < 0.25 ? "ZIP" : draw < 0.55 ? "ZAC" : "HORS";
                });
        imports.importFile(
                administrator,
                new DiagnosticImports.Request("ameli-flux", "2024", "", "demo-ameli-flux-2024.csv"),
                new StringReader(flows(inhabited)),
                true);
    }

    /**
     * Synthetic flows: each commune's patients go mostly to the most populated commune sharing the first four digits
     * of its postal code (a local pole), some stay home when it is large enough, the rest go to its département's
     * largest commune.
     */
    private static String flows(List<Commune> communes) {
        Map<String, Commune> localPoles = new HashMap<>();
        Map<String, Commune> departementPoles = new HashMap<>();
        for (Commune commune : communes) {
            localPoles.merge(area(commune), commune, DemoDiagnostic::larger);
            departementPoles.merge(commune.departementCode(), commune, DemoDiagnostic::larger);
        }
        StringBuilder file = new StringBuilder(String.join(";", FlowFile.COLUMNS)).append('\n');
        for (Commune commune : communes) {
            String code = commune.code().value();
            Commune local = localPoles.get(area(commune));
            Commune departement = departementPoles.get(commune.departementCode());
            long patients = Math.round(commune.population().getAsInt() * 0.8);
            for (String specialty : SPECIALTIES) {
                SplittableRandom random = new SplittableRandom(code.hashCode() * 31L + specialty.hashCode());
                Map<String, Long> to = new LinkedHashMap<>();
                long toLocal = Math.round(patients * (0.55 + 0.2 * random.nextDouble()));
                long atHome = commune.population().getAsInt() >= 1_500 ? Math.round(patients * 0.15) : 0;
                to.merge(local.code().value(), toLocal, Long::sum);
                to.merge(code, atHome, Long::sum);
                to.merge(departement.code().value(), Math.max(0, patients - toLocal - atHome), Long::sum);
                to.forEach((practice, count) -> {
                    if (count > 0) {
                        file.append(code + ";" + practice + ";" + specialty + ";" + count + "\n");
                    }
                });
            }
        }
        return file.toString();
    }

    private static String area(Commune commune) {
        return commune.postalCodes().isEmpty()
                ? commune.departementCode()
                : commune.postalCodes().get(0).substring(0, 4);
    }

    private static Commune larger(Commune one, Commune other) {
        return one.population().orElse(0) >= other.population().orElse(0) ? one : other;
    }

    private void load(
            Account actor,
            String source,
            int year,
            String effectiveOn,
            List<Commune> communes,
            BiFunction<Commune, SplittableRandom, String> values) {
        StringBuilder file = new StringBuilder(String.join(";", header(source))).append('\n');
        for (Commune commune : communes) {
            SplittableRandom random =
                    new SplittableRandom(commune.code().value().hashCode() * 31L + source.hashCode());
            file.append(commune.code().value())
                    .append(';')
                    .append(values.apply(commune, random))
                    .append('\n');
        }
        imports.importFile(
                actor,
                new DiagnosticImports.Request(
                        source, String.valueOf(year), effectiveOn, "demo-" + source + "-" + year + ".csv"),
                new StringReader(file.toString()),
                true);
    }

    private List<String> header(String source) {
        List<String> header = new ArrayList<>(List.of("code_insee"));
        imports.catalogue().importedFrom(source).forEach(indicator -> header.add(indicator.code()));
        return header;
    }

    private static String population(Commune commune, SplittableRandom random) {
        long inhabitants = commune.population().getAsInt();
        long young = Math.round(inhabitants * (0.14 + 0.05 * random.nextDouble()));
        long senior = Math.round(inhabitants * (0.15 + 0.06 * random.nextDouble()));
        long old = Math.round(inhabitants * (0.08 + 0.07 * random.nextDouble()));
        long adults = Math.max(0, inhabitants - young - senior - old);
        return inhabitants + ";" + young + ";" + adults + ";" + senior + ";" + old;
    }

    private static String apl(SplittableRandom random, double factor) {
        return BigDecimal.valueOf((1.5 + 3.5 * random.nextDouble()) * factor)
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }

    private static String doctors(Commune commune, SplittableRandom random) {
        long doctors = Math.round(commune.population().getAsInt() * (40 + 80 * random.nextDouble()) / 100_000);
        return doctors + ";" + Math.round(doctors * (0.2 + 0.35 * random.nextDouble()));
    }

    private static String patients(Commune commune, SplittableRandom random) {
        int inhabitants = commune.population().getAsInt();
        long consulting = Math.round(inhabitants * 0.8 * (0.9 + 0.1 * random.nextDouble()));
        long withoutDoctor = Math.round(consulting * (0.04 + 0.16 * random.nextDouble()));
        long longTermIllness = Math.round(withoutDoctor * (0.08 + 0.12 * random.nextDouble()));
        long c2s = Math.round(inhabitants * (0.04 + 0.10 * random.nextDouble()));
        return consulting + ";" + withoutDoctor + ";" + longTermIllness + ";" + c2s;
    }
}
