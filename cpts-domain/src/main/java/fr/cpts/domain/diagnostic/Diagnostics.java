package fr.cpts.domain.diagnostic;

import fr.cpts.domain.diagnostic.AreaTotals.Sum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a diagnostic from the totals of each area: sums and weighted means as they are, ratios from the summed
 * numerator and denominator (never a mean of rates), under the small-count rule: a count over zero and under its
 * indicator's threshold is shown « < threshold », and so is a part whose difference with the count it is part of
 * would be one, and any ratio resting on a hidden count.
 */
public final class Diagnostics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Diagnostics() {}

    /**
     * @param catalogue the indicators, in the order of the rows
     * @param versions  the data versions used, one per source at most
     * @param areas     the columns with their totals, the territory first
     */
    public static DiagnosticTable compute(
            Catalogue catalogue, List<DataVersion> versions, List<Area> areas, Instant computedAt) {
        Map<String, DataVersion> bySource =
                versions.stream().collect(Collectors.toMap(DataVersion::source, Function.identity()));
        List<DiagnosticTable.Row> rows = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            List<String> sources = catalogue.sourcesOf(indicator);
            if (!sources.stream().allMatch(bySource::containsKey)) {
                continue;
            }
            List<Figure> figures = areas.stream()
                    .map(area -> new Cells(catalogue, area.totals()).figure(indicator))
                    .toList();
            int communesWithData =
                    areas.isEmpty() ? 0 : new Cells(catalogue, areas.get(0).totals()).communesWithData(indicator);
            rows.add(new DiagnosticTable.Row(
                    indicator.code(),
                    indicator.label(),
                    indicator.unitLabel(),
                    indicator.decimals(),
                    sources.stream()
                            .map(code -> catalogue.source(code).orElseThrow().publisher() + " "
                                    + bySource.get(code).year())
                            .collect(Collectors.joining(", ")),
                    figures,
                    communesWithData));
        }
        List<DiagnosticTable.Column> columns = areas.stream()
                .map(area -> new DiagnosticTable.Column(area.label(), area.communes()))
                .toList();
        Map<String, String> sourceNames = versions.stream()
                .flatMap(version -> catalogue.source(version.source()).stream())
                .collect(Collectors.toMap(DiagnosticSource::code, DiagnosticSource::name));
        return new DiagnosticTable(columns, rows, versions, sourceNames, computedAt);
    }

    /** A column of the diagnostic and the totals of its communes. */
    public record Area(String label, int communes, AreaTotals totals) {}

    /** The figures of one area. */
    private record Cells(Catalogue catalogue, AreaTotals totals) {

        Figure figure(Indicator indicator) {
            return switch (indicator.aggregation()) {
                case SUM -> count(indicator);
                case WEIGHTED_MEAN ->
                    totals.of(indicator.code())
                            .filter(sum -> sum.weight().signum() > 0)
                            .<Figure>map(sum -> new Figure.Value(
                                    sum.weighted().divide(sum.weight(), indicator.decimals(), RoundingMode.HALF_UP)))
                            .orElseGet(Figure.Unavailable::new);
                case RATIO -> ratio(indicator);
                case ZONING -> zoning(indicator);
            };
        }

        private Figure count(Indicator indicator) {
            Optional<BigDecimal> value = raw(indicator.code());
            if (value.isEmpty()) {
                return new Figure.Unavailable();
            }
            if (indicator.smallCountThreshold().isPresent()) {
                int threshold = indicator.smallCountThreshold().getAsInt();
                if (isSmall(value.get(), threshold)) {
                    return new Figure.Small(threshold);
                }
                Optional<BigDecimal> whole = indicator.partOf().flatMap(this::raw);
                if (whole.isPresent() && isSmall(whole.get().subtract(value.get()), threshold)) {
                    return new Figure.Small(threshold);
                }
            }
            return new Figure.Value(value.get().setScale(indicator.decimals(), RoundingMode.HALF_UP));
        }

        private Figure ratio(Indicator indicator) {
            Figure numerator = term(indicator.numerator().orElseThrow());
            Figure denominator = term(indicator.denominator().orElseThrow());
            if (numerator instanceof Figure.Small small) {
                return small;
            }
            if (denominator instanceof Figure.Small small) {
                return small;
            }
            if (numerator instanceof Figure.Value top
                    && denominator instanceof Figure.Value bottom
                    && bottom.value().signum() > 0) {
                return new Figure.Value(top.value()
                        .multiply(BigDecimal.valueOf(indicator.scale()))
                        .divide(bottom.value(), indicator.decimals(), RoundingMode.HALF_UP));
            }
            return new Figure.Unavailable();
        }

        private Figure zoning(Indicator indicator) {
            BigDecimal population = BigDecimal.ZERO;
            for (Zone zone : Zone.values()) {
                population = population.add(
                        totals.of(indicator.code(), zone).map(Sum::total).orElse(BigDecimal.ZERO));
            }
            if (population.signum() == 0) {
                return new Figure.Unavailable();
            }
            List<Figure.Share> shares = new ArrayList<>();
            for (Zone zone : Zone.values()) {
                Optional<Sum> sum = totals.of(indicator.code(), zone);
                if (sum.isPresent()) {
                    shares.add(new Figure.Share(
                            zone,
                            sum.get().total().multiply(HUNDRED).divide(population, 1, RoundingMode.HALF_UP),
                            sum.get().communes()));
                }
            }
            return new Figure.Shares(shares);
        }

        private Figure term(String code) {
            return catalogue.indicator(code).map(this::figure).orElseGet(Figure.Unavailable::new);
        }

        private Optional<BigDecimal> raw(String code) {
            return totals.of(code).filter(sum -> sum.communes() > 0).map(Sum::total);
        }

        int communesWithData(Indicator indicator) {
            return switch (indicator.aggregation()) {
                case RATIO ->
                    Math.min(
                            communesWith(indicator.numerator().orElseThrow()),
                            communesWith(indicator.denominator().orElseThrow()));
                case ZONING ->
                    Arrays.stream(Zone.values())
                            .mapToInt(zone -> totals.of(indicator.code(), zone)
                                    .map(Sum::communes)
                                    .orElse(0))
                            .sum();
                default -> communesWith(indicator.code());
            };
        }

        private int communesWith(String code) {
            return totals.of(code).map(Sum::communes).orElse(0);
        }

        private static boolean isSmall(BigDecimal count, int threshold) {
            return count.signum() > 0 && count.compareTo(BigDecimal.valueOf(threshold)) < 0;
        }
    }
}
