package fr.cpts.domain.diagnostic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagnostic: one row per indicator of the catalogue, one column per area (the territory first, then its
 * département, its région and France), computed from the data versions it names.
 *
 * @param columns    the areas, the territory first
 * @param rows       the indicators, in the catalogue's order
 * @param versions   the data versions the figures come from
 * @param sourceNames each version's source as people name it (« INSEE — Population municipale par tranche d'âge »)
 * @param computedAt when it was computed (a frozen diagnostic keeps it)
 */
public record DiagnosticTable(
        List<Column> columns,
        List<Row> rows,
        List<DataVersion> versions,
        Map<String, String> sourceNames,
        Instant computedAt) {

    public DiagnosticTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        versions = List.copyOf(versions);
        sourceNames = Map.copyOf(sourceNames);
        Objects.requireNonNull(computedAt, "date de calcul");
    }

    /** Whether any figure comes from the synthetic demonstration data. */
    public boolean demo() {
        return versions.stream().anyMatch(DataVersion::demo);
    }

    /** Whether there is anything to show: at least one data version. */
    public boolean hasData() {
        return !versions.isEmpty();
    }

    /** A row by its indicator's code. */
    public Optional<Row> row(String indicator) {
        return rows.stream().filter(row -> row.code().equals(indicator)).findFirst();
    }

    /**
     * An area of the table.
     *
     * @param label    its name (« Territoire (12 communes) », « Gironde (33) », « Nouvelle-Aquitaine », « France »)
     * @param communes how many communes it holds
     */
    public record Column(String label, int communes) {
        public Column {
            Objects.requireNonNull(label, "libellé");
        }
    }

    /**
     * An indicator's figures, one per column.
     *
     * @param code            the indicator's code
     * @param label           its label
     * @param unitLabel       its unit
     * @param decimals        the decimals its values carry
     * @param sources         where it comes from, with the year (« INSEE 2021 »)
     * @param figures         one per column
     * @param communesWithData how many of the territory's communes gave a value (all of them when complete)
     */
    public record Row(
            String code,
            String label,
            String unitLabel,
            int decimals,
            String sources,
            List<Figure> figures,
            int communesWithData) {
        public Row {
            figures = List.copyOf(figures);
        }
    }
}
