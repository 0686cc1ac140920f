package fr.cpts.persistence.diagnostic;

import fr.cpts.domain.diagnostic.CommuneValues;
import fr.cpts.domain.diagnostic.DataSetImport;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked file as its version: the values 20 000 at a time as arrays ({@code unnest}), then the version's
 * totals per département, région and France in one statement ({@code grouping sets}), the import record, and fresh
 * planner statistics; all in one transaction.
 */
@Component
class DiagnosticVersionWriter {

    private static final int CHUNK = 20_000;
    private static final String SUMS = JdbcDiagnosticData.SUMS;

    private final JdbcTemplate jdbc;

    DiagnosticVersionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void store(DataSetImport file) {
        jdbc.update(
                "insert into diagnostic_version (source_code, year, effective_on, demo) values (?, ?, ?, ?) "
                        + "on conflict (source_code, year) do update set effective_on = excluded.effective_on, "
                        + "demo = case when ? then excluded.demo else diagnostic_version.demo or excluded.demo end",
                file.source(),
                file.year(),
                file.effectiveOn().map(Date::valueOf).orElse(null),
                file.demo(),
                file.region().isEmpty());
        if (file.region().isPresent()) {
            jdbc.update(
                    "delete from diagnostic_value where source_code = ? and year = ? and commune_code in "
                            + "(select code from commune where region_code = ?)",
                    file.source(),
                    file.year(),
                    file.region().get());
        } else {
            jdbc.update("delete from diagnostic_value where source_code = ? and year = ?", file.source(), file.year());
        }
        insertValues(file);
        jdbc.update("delete from diagnostic_area_total where source_code = ? and year = ?", file.source(), file.year());
        jdbc.update(
                "insert into diagnostic_area_total (source_code, year, area_kind, area_code, indicator_code, "
                        + "category, total, weighted, weight, communes) "
                        + "select ?, ?, case when grouping(c.departement_code) = 0 then 'D' "
                        + "when grouping(c.region_code) = 0 then 'R' else 'F' end, "
                        + "coalesce(c.departement_code, c.region_code, 'FR'), v.indicator_code, "
                        + "coalesce(v.category, ''), " + SUMS
                        + "from diagnostic_value v join commune c on c.code = v.commune_code "
                        + "where v.source_code = ? and v.year = ? "
                        + "group by grouping sets ((c.departement_code, v.indicator_code, v.category), "
                        + "(c.region_code, v.indicator_code, v.category), (v.indicator_code, v.category))",
                file.source(),
                file.year(),
                file.source(),
                file.year());
        jdbc.update(
                "insert into diagnostic_import (source_code, year, region_code, file_name, communes, imported_by, "
                        + "imported_at, demo) values (?, ?, ?, ?, ?, ?, ?, ?)",
                file.source(),
                file.year(),
                file.region().orElse(null),
                file.fileName(),
                file.communes().size(),
                file.importedBy(),
                Timestamp.from(file.importedAt()),
                file.demo());
        // the planner's statistics follow a bulk load, so that a diagnostic reads its communes by index
        jdbc.execute("analyze diagnostic_value, diagnostic_area_total");
    }

    private void insertValues(DataSetImport file) {
        List<String> communes = new ArrayList<>(CHUNK);
        List<String> indicators = new ArrayList<>(CHUNK);
        List<BigDecimal> values = new ArrayList<>(CHUNK);
        List<String> categories = new ArrayList<>(CHUNK);
        for (CommuneValues commune : file.communes()) {
            commune.numbers().forEach((indicator, value) -> {
                communes.add(commune.commune().value());
                indicators.add(indicator);
                values.add(value);
                categories.add(null);
            });
            commune.zones().forEach((indicator, zone) -> {
                communes.add(commune.commune().value());
                indicators.add(indicator);
                values.add(null);
                categories.add(zone.name());
            });
            if (communes.size() >= CHUNK) {
                flush(file, communes, indicators, values, categories);
            }
        }
        flush(file, communes, indicators, values, categories);
    }

    private void flush(
            DataSetImport file,
            List<String> communes,
            List<String> indicators,
            List<BigDecimal> values,
            List<String> categories) {
        if (communes.isEmpty()) {
            return;
        }
        jdbc.update(
                "insert into diagnostic_value (source_code, year, commune_code, indicator_code, value, category) "
                        + "select ?, ?, * from unnest(?::varchar[], ?::varchar[], ?::numeric[], ?::varchar[])",
                file.source(),
                file.year(),
                new SqlArrayValue("varchar", communes.toArray()),
                new SqlArrayValue("varchar", indicators.toArray()),
                new SqlArrayValue("numeric", values.toArray()),
                new SqlArrayValue("varchar", categories.toArray()));
        communes.clear();
        indicators.clear();
        values.clear();
        categories.clear();
    }
}
