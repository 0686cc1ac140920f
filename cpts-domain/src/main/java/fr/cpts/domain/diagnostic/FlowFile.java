package fr.cpts.domain.diagnostic;

import fr.cpts.domain.diagnostic.DataSetRefused.Problem;
import fr.cpts.domain.territory.InseeCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a patient-flow file (docs/diagnostic.md): {@code commune_residence;commune_exercice;specialite;patients}, one
 * line per pair of communes and specialty, every line checked and listed back with its number; read whole or refused
 * whole.
 */
public final class FlowFile {

    /** The header of a flow file. */
    public static final List<String> COLUMNS =
            List.of("commune_residence", "commune_exercice", "specialite", "patients");

    private FlowFile() {}

    public static List<Flow> read(Set<String> specialties, Reader file) {
        try (BufferedReader lines = new BufferedReader(file)) {
            String header = lines.readLine();
            if (header == null || header.isBlank()) {
                throw new DataSetRefused("Le fichier est vide : la première ligne doit nommer les colonnes.");
            }
            header = header.replace("\uFEFF", "");
            String separator = Pattern.quote(header.indexOf(';') >= 0 ? ";" : ",");
            List<String> names = List.of(header.toLowerCase(Locale.ROOT).split(separator, -1)).stream()
                    .map(String::strip)
                    .toList();
            if (!names.equals(COLUMNS)) {
                throw new DataSetRefused(
                        List.of(new Problem(1, "les colonnes doivent être « " + String.join(";", COLUMNS) + " »")));
            }
            return rows(specialties, lines, separator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Flow> rows(Set<String> specialties, BufferedReader lines, String separator) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Flow> flows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(separator, -1);
            if (fields.length != COLUMNS.size()) {
                problems.add(new Problem(number, fields.length + " valeurs au lieu de 4 (une par colonne)"));
                continue;
            }
            String residence = fields[0].strip().toUpperCase(Locale.ROOT);
            String practice = fields[1].strip().toUpperCase(Locale.ROOT);
            String specialty = fields[2].strip().toLowerCase(Locale.ROOT);
            String patients = fields[3].strip();
            int before = problems.size();
            if (!InseeCode.isValid(residence)) {
                problems.add(new Problem(number, "« " + fields[0].strip() + " » n'est pas un code INSEE de commune"));
            }
            if (!InseeCode.isValid(practice)) {
                problems.add(new Problem(number, "« " + fields[1].strip() + " » n'est pas un code INSEE de commune"));
            }
            if (!specialties.contains(specialty)) {
                problems.add(new Problem(
                        number,
                        "« " + fields[2].strip() + " » n'est pas une spécialité suivie ("
                                + String.join(
                                        ", ", specialties.stream().sorted().toList()) + ")"));
            }
            if (!patients.matches("\\d{1,9}")) {
                problems.add(new Problem(number, "« " + patients + " » n'est pas un nombre entier de patients"));
            }
            if (problems.size() > before) {
                continue;
            }
            Integer first = seen.putIfAbsent(residence + practice + specialty, number);
            if (first != null) {
                problems.add(new Problem(number, "ce flux figure déjà ligne " + first));
                continue;
            }
            flows.add(new Flow(
                    number, new InseeCode(residence), new InseeCode(practice), specialty, Integer.parseInt(patients)));
        }
        if (flows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "Le fichier ne contient aucune ligne de flux."));
        }
        if (!problems.isEmpty()) {
            throw new DataSetRefused(problems);
        }
        return flows;
    }
}
