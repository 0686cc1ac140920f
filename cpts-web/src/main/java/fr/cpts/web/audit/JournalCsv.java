package fr.cpts.web.audit;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A journal as a CSV file Excel opens as it is: UTF-8 with a byte order mark, semicolons, a header line then one
 * line per entry, its field changes in one cell (« champ : avant → après », separated by « | »). A cell that a
 * spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class JournalCsv {

    static final List<String> HEADER = List.of("Date", "Auteur", "Rôle", "Objet", "Action", "Motif", "Modifications");
    private static final String BOM = "\uFEFF";

    private JournalCsv() {}

    static byte[] of(JournalView journal) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (JournalRow row : journal.rows()) {
            line(
                    csv,
                    List.of(
                            row.when(),
                            row.who(),
                            row.role(),
                            row.entity(),
                            row.action(),
                            row.reason(),
                            row.changes().stream()
                                    .map(change -> change.field() + " : " + shown(change.before()) + " → "
                                            + shown(change.after()))
                                    .collect(Collectors.joining(" | "))));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code journal-<cpts name in plain letters>-<date>.csv}. */
    static String filename(JournalView journal, LocalDate day) {
        String plain = Normalizer.normalize(journal.cpts().name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "")
                .toLowerCase();
        return "journal-" + (plain.isEmpty() ? "cpts" : plain) + "-" + day + ".csv";
    }

    private static String shown(String value) {
        return value.isEmpty() ? "—" : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(JournalCsv::cell).collect(Collectors.joining(";")))
                .append("\r\n");
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
