package fr.cpts.persistence.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of a child table that a query aggregates into its parent's row with {@code json_agg}, so that an aggregate
 * and its parts are read in one statement. The SQL writes every value as text (numbers as {@code ::text}, instants
 * as {@link #EPOCH}) so that nothing depends on the session's time zone or on JSON's floating-point numbers.
 */
public final class JsonRows {

    /** The SQL for an instant as seconds since the epoch, exact to the microsecond, as text. */
    public static final String EPOCH = "extract(epoch from %s)::text";

    private JsonRows() {}

    /** The rows of a {@code json_agg} column (null, as an empty aggregate gives, reads as no rows). */
    public static List<JsonRow> of(String json) {
        return json == null ? List.of() : new JsonRow(JsonMapper.shared().readTree(json)).all();
    }

    /** The row of a {@code json_build_object} column; empty for SQL null. */
    public static Optional<JsonRow> one(String json) {
        return json == null
                ? Optional.empty()
                : Optional.of(new JsonRow(JsonMapper.shared().readTree(json)));
    }

    /** One aggregated row, read by column name as the SQL named it. */
    public record JsonRow(JsonNode node) {

        public String text(String column) {
            JsonNode value = node.path(column);
            return value.isNull() || value.isMissingNode() ? null : value.asString();
        }

        public BigDecimal decimal(String column) {
            String text = text(column);
            return text == null ? null : new BigDecimal(text);
        }

        public int integer(String column) {
            return Integer.parseInt(text(column));
        }

        public long number(String column) {
            return Long.parseLong(text(column));
        }

        public LocalDate date(String column) {
            String text = text(column);
            return text == null ? null : LocalDate.parse(text);
        }

        public Instant instant(String column) {
            BigDecimal seconds = decimal(column);
            if (seconds == null) {
                return null;
            }
            long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
            return Instant.ofEpochSecond(
                    whole,
                    seconds.subtract(BigDecimal.valueOf(whole))
                            .movePointRight(9)
                            .longValueExact());
        }

        /** The row built in that column of this row; empty for null. */
        public Optional<JsonRow> row(String column) {
            JsonNode value = node.path(column);
            return value.isNull() || value.isMissingNode() ? Optional.empty() : Optional.of(new JsonRow(value));
        }

        /** The rows aggregated in that column of this row. */
        public List<JsonRow> rows(String column) {
            return new JsonRow(node.path(column)).all();
        }

        private List<JsonRow> all() {
            List<JsonRow> rows = new ArrayList<>();
            if (node.isArray()) {
                for (JsonNode row : node) {
                    rows.add(new JsonRow(row));
                }
            }
            return rows;
        }
    }
}
