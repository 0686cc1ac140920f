package fr.cpts.web.diagnostic;

import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.Figure;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.FrenchDates;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A diagnostic as a page shows it: numbers written the French way, a hidden small count as its threshold, the
 * zoning as its shares. The words around them are the template's.
 *
 * @param columns  the areas' names, the territory first
 * @param communes how many communes the territory holds
 * @param versions the data versions the figures come from
 * @param demo     whether any figure is synthetic demonstration data
 * @param computedOn the day it was computed (a frozen diagnostic keeps its day)
 */
public record DiagnosticView(
        List<String> columns, int communes, List<Row> rows, List<Version> versions, boolean demo, String computedOn) {

    public static DiagnosticView of(DiagnosticTable table) {
        return new DiagnosticView(
                table.columns().stream().map(DiagnosticTable.Column::label).toList(),
                table.columns().isEmpty() ? 0 : table.columns().get(0).communes(),
                table.rows().stream().map(DiagnosticView::row).toList(),
                table.versions().stream()
                        .map(version -> version(version, table.sourceNames()))
                        .toList(),
                table.demo(),
                FrenchDates.day(table.computedAt()));
    }

    private static Row row(DiagnosticTable.Row row) {
        return new Row(
                row.code(),
                row.label(),
                row.unitLabel(),
                row.sources(),
                row.figures().stream().map(DiagnosticView::cell).toList(),
                row.communesWithData());
    }

    private static Cell cell(Figure figure) {
        if (figure instanceof Figure.Value value) {
            return new Cell(Kind.VALUE, FrenchNumbers.format(value.value()), 0, List.of());
        }
        if (figure instanceof Figure.Small small) {
            return new Cell(Kind.SMALL, "", small.threshold(), List.of());
        }
        if (figure instanceof Figure.Shares shares) {
            return new Cell(
                    Kind.SHARES,
                    "",
                    0,
                    shares.shares().stream()
                            .map(share -> new Share(
                                    share.zone().label(), FrenchNumbers.format(share.percent()), share.communes()))
                            .toList());
        }
        return new Cell(Kind.UNAVAILABLE, "", 0, List.of());
    }

    private static Version version(DataVersion version, Map<String, String> names) {
        return new Version(
                names.getOrDefault(version.source(), version.source()),
                version.year(),
                version.effectiveOn().map(FrenchDates::day),
                version.demo());
    }

    /** What a cell holds. */
    public enum Kind {
        VALUE,
        SMALL,
        UNAVAILABLE,
        SHARES
    }

    /** An indicator's line: its figures and how many of the territory's communes gave a value. */
    public record Row(String code, String label, String unit, String sources, List<Cell> cells, int communesWithData) {}

    /** A figure: its text (a value), its threshold (a hidden small count) or its shares (the zoning). */
    public record Cell(Kind kind, String text, int threshold, List<Share> shares) {}

    /** A zone's share of an area's population. */
    public record Share(String zone, String percent, int communes) {}

    /** A data version the figures come from. */
    public record Version(String source, int year, Optional<String> effectiveOn, boolean demo) {}
}
