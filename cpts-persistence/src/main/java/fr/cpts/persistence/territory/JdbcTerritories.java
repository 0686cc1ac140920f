package fr.cpts.persistence.territory;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.DepartementCoverage;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.domain.territory.TerritoryConflict;
import fr.cpts.domain.territory.TerritoryOverlap;
import fr.cpts.domain.territory.VersionedTerritory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territories port over {@code cpts_territory} (one row per CPTS, with its version) and
 * {@code cpts_territory_commune} (its communes; the index on {@code commune_code} makes the overlap search a
 * few index probes per commune).
 */
@Repository
@Transactional(readOnly = true)
class JdbcTerritories implements Territories {

    private final JdbcTemplate jdbc;

    private final Clock clock;

    JdbcTerritories(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Territory of(CptsId cpts) {
        return new Territory(
                cpts,
                new HashSet<>(jdbc.query(
                        "select commune_code from cpts_territory_commune where cpts_id = ?",
                        (row, number) -> new InseeCode(row.getString(1)),
                        cpts.value())));
    }

    @Override
    public List<TerritoryOverlap> overlapsOf(CptsId cpts) {
        // a commune of mine is claimed by another CPTS holding it, holding the whole commune it divides (an
        // arrondissement of Paris, Lyon or Marseille), or holding one of its arrondissements: three index lookups
        return jdbc.query(
                """
                        with mine as (
                            select c.code, c.name, c.search_name, c.divides
                            from cpts_territory_commune t join commune c on c.code = t.commune_code
                            where t.cpts_id = ?),
                        claims as (
                            select m.code, o.cpts_id from mine m
                            join cpts_territory_commune o on o.commune_code = m.code
                            union
                            select m.code, o.cpts_id from mine m
                            join cpts_territory_commune o on o.commune_code = m.divides
                            union
                            select m.code, o.cpts_id from mine m
                            join commune a on a.divides = m.code
                            join cpts_territory_commune o on o.commune_code = a.code)
                        select m.code as commune_code, m.name as commune_name, claims.cpts_id, p.name as cpts_name
                        from claims
                        join mine m on m.code = claims.code
                        join cpts p on p.id = claims.cpts_id
                        where claims.cpts_id <> ?
                        order by m.search_name, m.code, p.name""",
                (row, number) -> new TerritoryOverlap(
                        new InseeCode(row.getString("commune_code")),
                        row.getString("commune_name"),
                        new CptsId(row.getLong("cpts_id")),
                        row.getString("cpts_name")),
                cpts.value(),
                cpts.value());
    }

    @Override
    public VersionedTerritory forEditing(CptsId cpts) {
        // one statement, so the communes and the version are read at the same instant
        Map<String, Object> head = new LinkedHashMap<>();
        Set<InseeCode> communes = new HashSet<>();
        jdbc.query(
                """
                        select t.version, t.updated_at, t.updated_by, c.commune_code
                        from cpts_territory t
                        left join cpts_territory_commune c on c.cpts_id = t.cpts_id
                        where t.cpts_id = ?""",
                row -> {
                    head.put("version", row.getLong("version"));
                    head.put("updatedAt", row.getTimestamp("updated_at").toInstant());
                    head.put("updatedBy", row.getString("updated_by"));
                    String code = row.getString("commune_code");
                    if (code != null) {
                        communes.add(new InseeCode(code));
                    }
                },
                cpts.value());
        if (head.isEmpty()) {
            return new VersionedTerritory(Territory.empty(cpts), 0, Optional.empty(), Optional.empty());
        }
        return new VersionedTerritory(
                new Territory(cpts, communes),
                (Long) head.get("version"),
                Optional.of((Instant) head.get("updatedAt")),
                Optional.of((String) head.get("updatedBy")));
    }

    @Override
    @Transactional
    public long save(Territory territory, long expectedVersion, String updatedBy) {
        long cpts = territory.cpts().value();
        Timestamp now = Timestamp.from(clock.instant());
        int claimed = expectedVersion == 0
                ? jdbc.update(
                        "insert into cpts_territory (cpts_id, version, updated_at, updated_by) "
                                + "values (?, 1, ?, ?) on conflict (cpts_id) do nothing",
                        cpts,
                        now,
                        updatedBy)
                : jdbc.update(
                        "update cpts_territory set version = version + 1, updated_at = ?, updated_by = ? "
                                + "where cpts_id = ? and version = ?",
                        now,
                        updatedBy,
                        cpts,
                        expectedVersion);
        if (claimed != 1) {
            throw new TerritoryConflict(territory.cpts());
        }
        Object[] codes =
                territory.communes().stream().map(InseeCode::value).sorted().toArray();
        jdbc.update(
                "delete from cpts_territory_commune where cpts_id = ? and commune_code <> all (?)",
                cpts,
                new SqlArrayValue("varchar", codes));
        jdbc.update(
                "insert into cpts_territory_commune (cpts_id, commune_code) "
                        + "select ?, code from unnest(?) as code on conflict do nothing",
                cpts,
                new SqlArrayValue("varchar", codes));
        return expectedVersion + 1;
    }

    @Override
    public List<DepartementCoverage> coverageOf(RegionCode region, int largest) {
        Map<String, DepartementCoverageRow> rows = new LinkedHashMap<>();
        jdbc.query(
                """
                        with units as (
                            select c.departement_code, c.population,
                                   exists (select 1 from cpts_territory_commune t
                                           where t.commune_code = c.code or t.commune_code = c.divides) as covered
                            from commune c
                            where c.retired_in is null and not c.divided and c.region_code = ?)
                        select d.code, d.name, d.region_code,
                               count(*) as communes,
                               coalesce(sum(u.population), 0) as population,
                               count(*) filter (where not u.covered) as uncovered,
                               coalesce(sum(u.population) filter (where not u.covered), 0) as uncovered_population,
                               count(*) filter (where not u.covered and u.population is null) as uncovered_unknown
                        from units u
                        join departement d on d.code = u.departement_code
                        group by d.code, d.name, d.region_code
                        order by d.code""",
                row -> {
                    rows.put(
                            row.getString("code"),
                            new DepartementCoverageRow(
                                    new Departement(
                                            row.getString("code"), row.getString("name"), row.getString("region_code")),
                                    row.getInt("communes"),
                                    row.getLong("population"),
                                    row.getInt("uncovered"),
                                    row.getLong("uncovered_population"),
                                    row.getInt("uncovered_unknown"),
                                    new ArrayList<>()));
                },
                region.value());
        if (largest > 0 && !rows.isEmpty()) {
            jdbc.query(
                    """
                            select code, name, population, postal_codes, departement_code, region_code from (
                                select c.*, row_number() over (partition by c.departement_code
                                    order by c.population desc nulls last, c.search_name, c.code) as rank
                                from commune c
                                where c.retired_in is null and not c.divided and c.region_code = ?
                                  and not exists (select 1 from cpts_territory_commune t
                                                  where t.commune_code = c.code or t.commune_code = c.divides)
                            ) ranked
                            where rank <= ?
                            order by departement_code, rank""",
                    row -> {
                        Commune commune = new Commune(
                                new InseeCode(row.getString("code")),
                                row.getString("name"),
                                populationOf(row.getObject("population")),
                                List.of(),
                                row.getString("departement_code"),
                                row.getString("region_code"));
                        rows.get(commune.departementCode()).largest().add(commune);
                    },
                    region.value(),
                    largest);
        }
        return rows.values().stream()
                .map(row -> new DepartementCoverage(
                        row.departement(),
                        row.communes(),
                        row.population(),
                        row.uncovered(),
                        row.uncoveredPopulation(),
                        row.uncoveredUnknown(),
                        row.largest()))
                .toList();
    }

    private static OptionalInt populationOf(Object value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(((Number) value).intValue());
    }

    private record DepartementCoverageRow(
            Departement departement,
            int communes,
            long population,
            int uncovered,
            long uncoveredPopulation,
            int uncoveredUnknown,
            List<Commune> largest) {}
}
