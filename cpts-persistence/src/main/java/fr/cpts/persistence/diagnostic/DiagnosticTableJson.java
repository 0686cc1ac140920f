package fr.cpts.persistence.diagnostic;

import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.Figure;
import fr.cpts.domain.diagnostic.Zone;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A diagnostic as a frozen dossier keeps it: every figure as it was shown (values as decimal text, never a floating
 * point number), the columns, the data versions and the time it was computed.
 */
final class DiagnosticTableJson {

    private DiagnosticTableJson() {}

    static String write(DiagnosticTable table) {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode root = mapper.createObjectNode();
        root.put("computedAt", table.computedAt().toString());
        ArrayNode columns = root.putArray("columns");
        table.columns()
                .forEach(column ->
                        columns.addObject().put("label", column.label()).put("communes", column.communes()));
        ArrayNode versions = root.putArray("versions");
        table.versions().forEach(version -> versions.addObject()
                .put("source", version.source())
                .put("year", version.year())
                .put(
                        "effectiveOn",
                        version.effectiveOn().map(LocalDate::toString).orElse(null))
                .put("communes", version.communes())
                .put("demo", version.demo()));
        ObjectNode names = root.putObject("sourceNames");
        table.sourceNames().forEach(names::put);
        ArrayNode rows = root.putArray("rows");
        for (DiagnosticTable.Row row : table.rows()) {
            ObjectNode written = rows.addObject()
                    .put("code", row.code())
                    .put("label", row.label())
                    .put("unit", row.unitLabel())
                    .put("decimals", row.decimals())
                    .put("sources", row.sources())
                    .put("communesWithData", row.communesWithData());
            ArrayNode figures = written.putArray("figures");
            row.figures().forEach(figure -> write(figure, figures.addObject()));
        }
        return mapper.writeValueAsString(root);
    }

    /** The territory's shown values by indicator code (hidden and unavailable figures left out), for sorting. */
    static String territoryFigures(DiagnosticTable table) {
        ObjectNode figures = JsonMapper.shared().createObjectNode();
        for (DiagnosticTable.Row row : table.rows()) {
            if (!row.figures().isEmpty() && row.figures().get(0) instanceof Figure.Value value) {
                figures.put(row.code(), value.value());
            }
        }
        return JsonMapper.shared().writeValueAsString(figures);
    }

    private static void write(Figure figure, ObjectNode node) {
        if (figure instanceof Figure.Value value) {
            node.put("kind", "value").put("value", value.value().toPlainString());
        } else if (figure instanceof Figure.Small small) {
            node.put("kind", "small").put("threshold", small.threshold());
        } else if (figure instanceof Figure.Shares shares) {
            ArrayNode list = node.put("kind", "shares").putArray("shares");
            shares.shares().forEach(share -> list.addObject()
                    .put("zone", share.zone().name())
                    .put("percent", share.percent().toPlainString())
                    .put("communes", share.communes()));
        } else {
            node.put("kind", "unavailable");
        }
    }

    static DiagnosticTable read(String json) {
        JsonNode root = JsonMapper.shared().readTree(json);
        List<DiagnosticTable.Column> columns = new ArrayList<>();
        root.get("columns")
                .forEach(column -> columns.add(new DiagnosticTable.Column(
                        column.get("label").asString(), column.get("communes").asInt())));
        List<DataVersion> versions = new ArrayList<>();
        root.get("versions")
                .forEach(version -> versions.add(new DataVersion(
                        version.get("source").asString(),
                        version.get("year").asInt(),
                        version.get("effectiveOn").isNull()
                                ? Optional.empty()
                                : Optional.of(LocalDate.parse(
                                        version.get("effectiveOn").asString())),
                        version.get("communes").asInt(),
                        version.get("demo").asBoolean())));
        Map<String, String> names = new LinkedHashMap<>();
        root.get("sourceNames")
                .properties()
                .forEach(entry -> names.put(entry.getKey(), entry.getValue().asString()));
        List<DiagnosticTable.Row> rows = new ArrayList<>();
        for (JsonNode row : root.get("rows")) {
            List<Figure> figures = new ArrayList<>();
            row.get("figures").forEach(figure -> figures.add(figure(figure)));
            rows.add(new DiagnosticTable.Row(
                    row.get("code").asString(),
                    row.get("label").asString(),
                    row.get("unit").asString(),
                    row.get("decimals").asInt(),
                    row.get("sources").asString(),
                    figures,
                    row.get("communesWithData").asInt()));
        }
        return new DiagnosticTable(
                columns,
                rows,
                versions,
                names,
                Instant.parse(root.get("computedAt").asString()));
    }

    private static Figure figure(JsonNode node) {
        switch (node.get("kind").asString()) {
            case "value":
                return new Figure.Value(new BigDecimal(node.get("value").asString()));
            case "small":
                return new Figure.Small(node.get("threshold").asInt());
            case "shares":
                List<Figure.Share> shares = new ArrayList<>();
                node.get("shares")
                        .forEach(share -> shares.add(new Figure.Share(
                                Zone.valueOf(share.get("zone").asString()),
                                new BigDecimal(share.get("percent").asString()),
                                share.get("communes").asInt())));
                return new Figure.Shares(shares);
            default:
                return new Figure.Unavailable();
        }
    }
}
