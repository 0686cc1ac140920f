package fr.cpts.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.persistence.shared.JsonRows.JsonRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRowsTest {

    @Test
    void readsTheRowsOfAnAggregateWithTheirValuesExactly() {
        List<JsonRow> rows = JsonRows.of("""
                [{"name": "Dépistage", "amount": "1000.00", "on": "2024-03-01", "at": "1709287200.123456",
                  "count": "3", "none": null,
                  "tiers": [{"label": "socle"}, {"label": "cible"}]},
                 {"name": "Avant 1970", "at": "-1.5"}]""");

        assertThat(rows).hasSize(2);
        JsonRow first = rows.get(0);
        assertThat(first.text("name")).isEqualTo("Dépistage");
        assertThat(first.decimal("amount")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(first.date("on")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.instant("at")).isEqualTo(Instant.parse("2024-03-01T10:00:00.123456Z"));
        assertThat(first.integer("count")).isEqualTo(3);
        assertThat(first.text("none")).isNull();
        assertThat(first.text("absent")).isNull();
        assertThat(first.decimal("none")).isNull();
        assertThat(first.rows("tiers")).extracting(tier -> tier.text("label")).containsExactly("socle", "cible");
        assertThat(first.rows("absent")).isEmpty();
        assertThat(rows.get(1).instant("at")).isEqualTo(Instant.parse("1969-12-31T23:59:58.500Z"));
    }

    @Test
    void anEmptyAggregateReadsAsNoRows() {
        // json_agg over no rows gives null
        assertThat(JsonRows.of(null)).isEmpty();
        assertThat(JsonRows.of("[]")).isEmpty();
    }
}
