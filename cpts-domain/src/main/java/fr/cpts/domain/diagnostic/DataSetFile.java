package fr.cpts.domain.diagnostic;

import fr.cpts.domain.diagnostic.DataSetRefused.Problem;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.territory.InseeCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a data set's CSV file (docs/diagnostic.md): a header {@code code_insee} then indicator codes of the source,
 * one line per commune, separated by {@code ;} (decimal comma allowed) or {@code ,} (decimal point). Every line is
 * checked: a malformed INSEE code, a commune given twice, a value that is no number (or no whole number for a count),
 * a negative value or an unknown zone is listed back with its line; the file is read whole or refused whole.
 */
public final class DataSetFile {

    /** The first column of every data set. */
    public static final String COMMUNE_COLUMN = "code_insee";

    private DataSetFile() {}

    /** The lines of the file, one per commune, in file order; refused with every problem found. */
    public static List<CommuneValues> read(Catalogue catalogue, String sourceCode, Reader file) {
        try (BufferedReader lines = new BufferedReader(file)) {
            return read(catalogue, sourceCode, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CommuneValues> read(Catalogue catalogue, String sourceCode, BufferedReader lines)
            throws IOException {
        String header = lines.readLine();
        if (header == null || header.isBlank()) {
            throw new DataSetRefused("Le fichier est vide : la première ligne doit nommer les colonnes.");
        }
        header = header.replace("\uFEFF", "");
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        Map<String, Indicator> expected = new LinkedHashMap<>();
        catalogue.importedFrom(sourceCode).forEach(indicator -> expected.put(indicator.code(), indicator));
        List<Problem> problems = new ArrayList<>();
        List<Indicator> columns = columns(header, separator, expected, problems);
        if (!problems.isEmpty()) {
            throw new DataSetRefused(problems);
        }
        List<CommuneValues> read = new ArrayList<>();
        Map<InseeCode, Integer> seen = new HashMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(Pattern.quote(String.valueOf(separator)), -1);
            if (fields.length != columns.size() + 1) {
                problems.add(new Problem(
                        number, fields.length + " valeurs au lieu de " + (columns.size() + 1) + " (une par colonne)"));
                continue;
            }
            String code = fields[0].strip().toUpperCase(Locale.ROOT);
            if (!InseeCode.isValid(code)) {
                problems.add(new Problem(number, "« " + fields[0].strip() + " » n'est pas un code INSEE de commune"));
                continue;
            }
            InseeCode commune = new InseeCode(code);
            Integer first = seen.putIfAbsent(commune, number);
            if (first != null) {
                problems.add(new Problem(number, "la commune " + code + " figure déjà ligne " + first));
                continue;
            }
            Map<String, BigDecimal> numbers = new HashMap<>();
            Map<String, Zone> zones = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Indicator indicator = columns.get(i);
                String text = fields[i + 1].strip();
                if (text.isEmpty()) {
                    continue;
                }
                String problem = indicator.aggregation() == Aggregation.ZONING
                        ? zone(text, indicator, zones)
                        : number(text, indicator, numbers);
                if (problem != null) {
                    problems.add(new Problem(number, "colonne " + indicator.code() + ", " + problem));
                }
            }
            read.add(new CommuneValues(number, commune, numbers, zones));
        }
        if (read.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "Le fichier ne contient aucune ligne de commune."));
        }
        if (!problems.isEmpty()) {
            throw new DataSetRefused(problems);
        }
        return read;
    }

    private static List<Indicator> columns(
            String header, char separator, Map<String, Indicator> expected, List<Problem> problems) {
        String[] names = header.split(Pattern.quote(String.valueOf(separator)), -1);
        if (!names[0].strip().equalsIgnoreCase(COMMUNE_COLUMN)) {
            problems.add(new Problem(1, "la première colonne doit être « " + COMMUNE_COLUMN + " »"));
        }
        List<Indicator> columns = new ArrayList<>();
        for (int i = 1; i < names.length; i++) {
            String name = names[i].strip().toLowerCase(Locale.ROOT);
            Indicator indicator = expected.get(name);
            if (indicator == null) {
                problems.add(new Problem(
                        1,
                        "la colonne « " + names[i].strip() + " » n'est pas un indicateur de cette source (colonnes "
                                + "possibles : " + String.join(", ", expected.keySet()) + ")"));
            } else if (columns.contains(indicator)) {
                problems.add(new Problem(1, "la colonne « " + name + " » est donnée deux fois"));
            } else {
                columns.add(indicator);
            }
        }
        if (names.length < 2) {
            problems.add(new Problem(
                    1,
                    "aucune colonne d'indicateur (colonnes possibles : " + String.join(", ", expected.keySet()) + ")"));
        }
        return columns;
    }

    private static String zone(String text, Indicator indicator, Map<String, Zone> zones) {
        Optional<Zone> zone = Zone.named(text);
        if (zone.isEmpty()) {
            return "« " + text + " » n'est pas une zone (ZIP, ZAC ou HORS attendu)";
        }
        zones.put(indicator.code(), zone.get());
        return null;
    }

    private static String number(String text, Indicator indicator, Map<String, BigDecimal> numbers) {
        BigDecimal value = FrenchNumbers.parse(text);
        if (value == null) {
            return "« " + text + " » n'est pas un nombre";
        }
        if (value.signum() < 0) {
            return "« " + text + " » est négatif";
        }
        if (indicator.aggregation() == Aggregation.SUM
                && value.stripTrailingZeros().scale() > 0) {
            return "« " + text + " » n'est pas un nombre entier (un effectif)";
        }
        numbers.put(indicator.code(), value);
        return null;
    }
}
