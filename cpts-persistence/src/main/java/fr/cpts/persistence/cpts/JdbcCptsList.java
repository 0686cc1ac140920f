package fr.cpts.persistence.cpts;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsFilter;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsList;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.cpts.DirectoryEntry;
import fr.cpts.domain.cpts.ListedCpts;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPTS directory: scope and filters in SQL (the name looked for as typed, its {@code %} and {@code _} taken
 * literally), sorted by name whatever its case and paged in PostgreSQL; the counts by stage in one grouped statement.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCptsList implements CptsList {

    private final JdbcTemplate jdbc;

    JdbcCptsList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<ListedCpts> listed(AccessScope scope, CptsFilter filter, PageRequest page) {
        return listedQuery(scope, filter).read(jdbc, page, JdbcCptsList::listed);
    }

    @Override
    public void each(AccessScope scope, CptsFilter filter, Consumer<ListedCpts> consumer) {
        listedQuery(scope, filter).each(jdbc, JdbcCptsList::listed, consumer);
    }

    private static PagedQuery listedQuery(AccessScope scope, CptsFilter filter) {
        Where where = Where.of(scope, filter);
        return new PagedQuery(
                "c.id, c.name, c.region_code, c.departement_code, c.stage, r.name as region_name, "
                        + "d.name as departement_name",
                "from cpts c left join region r on r.code = c.region_code "
                        + "left join departement d on d.code = c.departement_code where " + where.sql(),
                "lower(c.name), c.id",
                where.arguments());
    }

    private static ListedCpts listed(ResultSet row, int n) throws SQLException {
        return new ListedCpts(
                JdbcCptsRecords.RECORD.mapRow(row, n), row.getString("region_name"), row.getString("departement_name"));
    }

    @Override
    public Page<DirectoryEntry> publicDirectory(CptsFilter filter, PageRequest page) {
        return directoryQuery(filter).read(jdbc, page, JdbcCptsList::entry);
    }

    @Override
    public void eachInPublicDirectory(CptsFilter filter, Consumer<DirectoryEntry> consumer) {
        directoryQuery(filter).each(jdbc, JdbcCptsList::entry, consumer);
    }

    /** The population of a territory: its communes' (an arrondissement is a row of its own, with its population). */
    private static PagedQuery directoryQuery(CptsFilter filter) {
        Where where = Where.of(new AccessScope.National(), filter);
        return new PagedQuery("""
                c.id, c.name, c.stage, c.departement_code, d.name as departement_name, c.region_code,
                r.name as region_name, t.communes, t.population""", """
                from cpts c left join region r on r.code = c.region_code
                left join departement d on d.code = c.departement_code
                cross join lateral (select count(*) as communes, coalesce(sum(m.population), 0) as population
                                    from cpts_territory_commune k left join commune m on m.code = k.commune_code
                                    where k.cpts_id = c.id) t
                where c.stage <> 'INITIATIVE' and """ + " " + where.sql(), "lower(c.name), c.id", where.arguments());
    }

    private static DirectoryEntry entry(ResultSet row, int n) throws SQLException {
        return new DirectoryEntry(
                new CptsId(row.getLong("id")),
                row.getString("name"),
                CptsStage.valueOf(row.getString("stage")),
                row.getLong("communes"),
                row.getLong("population"),
                new DepartementCode(row.getString("departement_code")),
                row.getString("departement_name"),
                new RegionCode(row.getString("region_code")),
                row.getString("region_name"));
    }

    @Override
    public Map<CptsStage, Long> countByStage(AccessScope scope, CptsFilter filter) {
        Where where = Where.of(scope, filter);
        Map<CptsStage, Long> counts = new EnumMap<>(CptsStage.class);
        for (CptsStage stage : CptsStage.values()) {
            counts.put(stage, 0L);
        }
        jdbc.query(
                "select c.stage, count(*) as n from cpts c where " + where.sql() + " group by c.stage",
                (RowCallbackHandler) row -> counts.put(CptsStage.valueOf(row.getString("stage")), row.getLong("n")),
                where.arguments().toArray());
        return counts;
    }

    @Override
    public Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        jdbc.query("select code, name from region where retired_in is null order by code", (RowCallbackHandler)
                row -> regions.put(row.getString("code"), row.getString("name")));
        return regions;
    }

    /** The scope and the filter as one predicate on {@code cpts c}. */
    private record Where(String sql, List<Object> arguments) {

        static Where of(AccessScope scope, CptsFilter filter) {
            ScopeSql inScope = ScopeSql.of(scope, "c");
            StringBuilder sql = new StringBuilder(inScope.sql());
            List<Object> arguments = new ArrayList<>(inScope.arguments());
            if (filter.region() != null) {
                sql.append(" and c.region_code = ?");
                arguments.add(filter.region().value());
            }
            if (filter.departement() != null) {
                sql.append(" and c.departement_code = ?");
                arguments.add(filter.departement().value());
            }
            if (filter.stage() != null) {
                sql.append(" and c.stage = ?");
                arguments.add(filter.stage().name());
            }
            if (filter.name() != null) {
                sql.append(" and c.name ilike ? escape '\\'");
                arguments.add("%"
                        + filter.name()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%");
            }
            return new Where(sql.toString(), arguments);
        }
    }
}
