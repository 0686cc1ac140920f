package fr.cpts.web.diagnostic;

import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DiagnosticSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The choice of an older edition of a source: offered for the sources imported for more than one year, asked as
 * {@code millesime=drees-apl:2022} (anything else is ignored, and the newest edition used).
 */
final class DiagnosticYears {

    private static final Pattern ASKED = Pattern.compile("([a-z0-9-]{1,40}):(\\d{4})");

    private DiagnosticYears() {}

    /** The sources with more than one edition, each with its years, newest first. */
    static List<Choice> choices(Catalogue catalogue, List<DataVersion> versions) {
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        versions.forEach(version -> years.computeIfAbsent(version.source(), source -> new ArrayList<>())
                .add(version.year()));
        List<Choice> choices = new ArrayList<>();
        years.forEach((source, list) -> {
            if (list.size() > 1) {
                String label =
                        catalogue.source(source).map(DiagnosticSource::name).orElse(source);
                choices.add(new Choice(source, label, List.copyOf(list)));
            }
        });
        return choices;
    }

    /** Each source as people name it: « INSEE — Population municipale par tranche d'âge ». */
    static Map<String, String> sourceNames(Catalogue catalogue) {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.sources().forEach(source -> names.put(source.code(), source.name()));
        return names;
    }

    /** The years asked, by source. */
    static Map<String, Integer> asked(List<String> parameters) {
        Map<String, Integer> asked = new HashMap<>();
        if (parameters != null) {
            for (String parameter : parameters) {
                Matcher matcher = ASKED.matcher(parameter == null ? "" : parameter.strip());
                if (matcher.matches()) {
                    asked.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
                }
            }
        }
        return asked;
    }

    /** A source whose edition can be chosen. */
    record Choice(String source, String label, List<Integer> years) {}
}
