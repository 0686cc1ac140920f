package fr.cpts.persistence.diagnostic;

import fr.cpts.domain.diagnostic.Aggregation;
import fr.cpts.domain.diagnostic.AreaCode;
import fr.cpts.domain.diagnostic.AreaTotals;
import fr.cpts.domain.diagnostic.Catalogue;
import fr.cpts.domain.diagnostic.DataSetImport;
import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.DataVersion.VersionKey;
import fr.cpts.domain.diagnostic.DiagnosticData;
import fr.cpts.domain.diagnostic.DiagnosticSource;
import fr.cpts.domain.diagnostic.ImportRecord;
import fr.cpts.domain.diagnostic.Indicator;
import fr.cpts.domain.territory.InseeCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic over PostgreSQL: a file is stored by {@link DiagnosticVersionWriter} with its version's totals per
 * département, région and France, so that a diagnostic reads its three comparison columns from a few hundred rows and
 * sums only its own communes.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDiagnosticData implements DiagnosticData {

    /** The versions asked, as a relation to join on. */
    private static final String VERSIONS_ASKED = "(select * from unnest(?::varchar[], ?::smallint[]))";

    private final JdbcTemplate jdbc;
    private final DiagnosticVersionWriter writer;

    JdbcDiagnosticData(JdbcTemplate jdbc, DiagnosticVersionWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @Override
    public Catalogue catalogue() {
        List<DiagnosticSource> sources = jdbc.query(
                "select code, label, publisher, reference, regional, effective_dated from diagnostic_source "
                        + "order by position",
                (rs, row) -> new DiagnosticSource(
                        rs.getString("code"),
                        rs.getString("label"),
                        rs.getString("publisher"),
                        rs.getString("reference"),
                        rs.getBoolean("regional"),
                        rs.getBoolean("effective_dated")));
        List<Indicator> indicators = jdbc.query(
                "select code, source_code, label, unit_label, decimals, aggregation, numerator, denominator, scale, "
                        + "small_count_threshold, part_of from diagnostic_indicator order by position",
                (rs, row) -> new Indicator(
                        rs.getString("code"),
                        Optional.ofNullable(rs.getString("source_code")),
                        rs.getString("label"),
                        rs.getString("unit_label"),
                        rs.getInt("decimals"),
                        Aggregation.valueOf(rs.getString("aggregation")),
                        Optional.ofNullable(rs.getString("numerator")),
                        Optional.ofNullable(rs.getString("denominator")),
                        rs.getInt("scale"),
                        rs.getObject("small_count_threshold") == null
                                ? OptionalInt.empty()
                                : OptionalInt.of(rs.getInt("small_count_threshold")),
                        Optional.ofNullable(rs.getString("part_of"))));
        return new Catalogue(sources, indicators);
    }

    @Override
    public List<DataVersion> versions() {
        return jdbc.query(
                "select v.source_code, v.year, v.effective_on, v.demo, coalesce((select max(n.communes) from "
                        + "(select sum(t.communes) as communes from diagnostic_area_total t "
                        + "where t.source_code = v.source_code and t.year = v.year and t.area_kind = 'F' "
                        + "group by t.indicator_code) n), 0) as communes "
                        + "from diagnostic_version v join diagnostic_source s on s.code = v.source_code "
                        + "order by s.position, v.year desc",
                (rs, row) -> new DataVersion(
                        rs.getString("source_code"),
                        rs.getInt("year"),
                        Optional.ofNullable(rs.getObject("effective_on", LocalDate.class)),
                        rs.getInt("communes"),
                        rs.getBoolean("demo")));
    }

    @Override
    public List<ImportRecord> imports(Optional<String> region, int limit) {
        return jdbc.query(
                "select source_code, year, region_code, file_name, communes, imported_by, imported_at, demo "
                        + "from diagnostic_import where (?::varchar is null or region_code = ?) "
                        + "order by imported_at desc, id desc limit ?",
                (rs, row) -> new ImportRecord(
                        rs.getString("source_code"),
                        rs.getInt("year"),
                        Optional.ofNullable(rs.getString("region_code")),
                        rs.getString("file_name"),
                        rs.getInt("communes"),
                        rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(),
                        rs.getBoolean("demo")),
                region.orElse(null),
                region.orElse(null),
                limit);
    }

    @Override
    public Map<InseeCode, String> regionsOf(Collection<InseeCode> communes) {
        Map<InseeCode, String> regions = new HashMap<>();
        jdbc.query(
                "select code, region_code from commune where retired_in is null and not divided and code = any (?)",
                rs -> {
                    regions.put(new InseeCode(rs.getString("code")), rs.getString("region_code"));
                },
                codes(communes));
        return regions;
    }

    @Override
    @Transactional
    public void store(DataSetImport file) {
        writer.store(file);
    }

    /** The communes an area counts: the current ones, arrondissements rather than the communes they divide. */
    private static final String CURRENT = "and c.retired_in is null and not c.divided";

    /** The sums a total keeps: a zoning category totals its communes' population. */
    static final String SUMS = "coalesce(sum(v.value), sum(c.population), 0) as total, "
            + "coalesce(sum(v.value * c.population), 0) as weighted, "
            + "coalesce(sum(c.population) filter (where v.value is not null), 0) as weight, count(*) as communes ";

    @Override
    public AreaTotals totalsOf(Collection<InseeCode> communes, Collection<VersionKey> versions) {
        if (communes.isEmpty() || versions.isEmpty()) {
            return AreaTotals.NONE;
        }
        Map<AreaTotals.Key, AreaTotals.Sum> sums = new LinkedHashMap<>();
        jdbc.query(
                "select v.indicator_code, coalesce(v.category, '') as category, " + SUMS
                        + "from unnest(?::varchar[]) as asked (code) "
                        + "join diagnostic_value v on v.commune_code = asked.code "
                        + "join commune c on c.code = v.commune_code "
                        + "where (v.source_code, v.year) in " + VERSIONS_ASKED + " "
                        + "group by v.indicator_code, v.category",
                rs -> {
                    sums.put(key(rs), sum(rs));
                },
                codes(communes),
                sources(versions),
                years(versions));
        return new AreaTotals(sums);
    }

    @Override
    public Map<AreaCode, AreaTotals> areaTotals(Collection<AreaCode> areas, Collection<VersionKey> versions) {
        Map<AreaCode, Map<AreaTotals.Key, AreaTotals.Sum>> sums = new LinkedHashMap<>();
        areas.forEach(area -> sums.put(area, new LinkedHashMap<>()));
        if (!areas.isEmpty() && !versions.isEmpty()) {
            jdbc.query(
                    "select area_kind, area_code, indicator_code, category, total, weighted, weight, communes "
                            + "from diagnostic_area_total where (source_code, year) in " + VERSIONS_ASKED
                            + " and (area_kind, area_code) in (select * from unnest(?::varchar[], ?::varchar[]))",
                    rs -> {
                        AreaCode area = new AreaCode(
                                AreaCode.Kind.of(rs.getString("area_kind").charAt(0)), rs.getString("area_code"));
                        sums.get(area).put(key(rs), sum(rs));
                    },
                    sources(versions),
                    years(versions),
                    new SqlArrayValue(
                            "varchar",
                            areas.stream()
                                    .map(area -> String.valueOf(area.kind().letter()))
                                    .toArray()),
                    new SqlArrayValue(
                            "varchar", areas.stream().map(AreaCode::code).toArray()));
        }
        Map<AreaCode, AreaTotals> totals = new LinkedHashMap<>();
        sums.forEach((area, values) -> totals.put(area, new AreaTotals(values)));
        return totals;
    }

    @Override
    public Map<AreaCode, Integer> communeCounts(Collection<AreaCode> areas) {
        Map<AreaCode, Integer> counts = new LinkedHashMap<>();
        areas.forEach(area -> counts.put(area, 0));
        jdbc.query(
                "select a.kind, a.code, case a.kind "
                        + "when 'D' then (select count(*) from commune c where c.departement_code = a.code " + CURRENT
                        + ") "
                        + "when 'R' then (select count(*) from commune c where c.region_code = a.code " + CURRENT + ") "
                        + "else (select count(*) from commune c where true " + CURRENT + ") end as communes "
                        + "from unnest(?::varchar[], ?::varchar[]) as a (kind, code)",
                rs -> {
                    counts.put(
                            new AreaCode(AreaCode.Kind.of(rs.getString("kind").charAt(0)), rs.getString("code")),
                            rs.getInt("communes"));
                },
                new SqlArrayValue(
                        "varchar",
                        areas.stream()
                                .map(area -> String.valueOf(area.kind().letter()))
                                .toArray()),
                new SqlArrayValue("varchar", areas.stream().map(AreaCode::code).toArray()));
        return counts;
    }

    private static AreaTotals.Key key(ResultSet rs) throws SQLException {
        return new AreaTotals.Key(rs.getString("indicator_code"), rs.getString("category"));
    }

    private static AreaTotals.Sum sum(ResultSet rs) throws SQLException {
        return new AreaTotals.Sum(
                rs.getBigDecimal("total"),
                rs.getBigDecimal("weighted"),
                rs.getBigDecimal("weight"),
                rs.getInt("communes"));
    }

    private static SqlArrayValue codes(Collection<InseeCode> communes) {
        return new SqlArrayValue(
                "varchar", communes.stream().map(InseeCode::value).toArray());
    }

    private static SqlArrayValue sources(Collection<VersionKey> versions) {
        return new SqlArrayValue(
                "varchar", versions.stream().map(VersionKey::source).toArray());
    }

    private static SqlArrayValue years(Collection<VersionKey> versions) {
        return new SqlArrayValue(
                "smallint", versions.stream().map(VersionKey::year).toArray());
    }
}
