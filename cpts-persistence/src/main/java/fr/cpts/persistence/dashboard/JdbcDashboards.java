package fr.cpts.persistence.dashboard;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.dashboard.AreaFigures;
import fr.cpts.domain.dashboard.Coverage;
import fr.cpts.domain.dashboard.DashboardFigures;
import fr.cpts.domain.dashboard.Dashboards;
import fr.cpts.domain.dashboard.Funds;
import fr.cpts.domain.dashboard.InstructionTimes;
import fr.cpts.domain.dashboard.StageCounts;
import fr.cpts.domain.dashboard.WorkInProgress;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.persistence.dossier.DossierSql;
import fr.cpts.persistence.shared.ScopeSql;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard in five statements whatever the scope's size: the CPTS by stage and the coverage, each for the scope
 * and its areas at once ({@code grouping sets}); the instruction times (percentiles computed by PostgreSQL); the
 * funds, from the ledger; what waits (contracts, reviews, suspended orders).
 */
@Repository
@Transactional(readOnly = true)
class JdbcDashboards implements Dashboards {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcTemplate jdbc;

    JdbcDashboards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DashboardFigures of(AccessScope scope, LocalDate today) {
        Area area = Area.of(scope);
        Map<String, StageCounts> stages = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        stages(scope, area, stages);
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        coverage(scope, area, coverage, names);
        return new DashboardFigures(
                stages.getOrDefault(TOTAL, NO_CPTS),
                coverage.getOrDefault(TOTAL, NO_COMMUNE),
                instruction(scope, today),
                funds(scope, today),
                work(scope, today),
                area == Area.NONE ? List.of() : areas(names, stages, coverage));
    }

    @Override
    public List<AreaFigures> departementsOfFrance() {
        AccessScope france = new AccessScope.National();
        Map<String, StageCounts> stages = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        stages(france, Area.DEPARTEMENT, stages);
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        coverage(france, Area.DEPARTEMENT, coverage, names);
        return areas(names, stages, coverage);
    }

    private static final StageCounts NO_CPTS = new StageCounts(0, 0, 0, 0, 0);
    private static final Coverage NO_COMMUNE = new Coverage(0, 0, 0, 0);

    /** One line per area the coverage names (every area has communes), in code order. */
    private static List<AreaFigures> areas(
            Map<String, String> names, Map<String, StageCounts> stages, Map<String, Coverage> coverage) {
        List<AreaFigures> areas = new ArrayList<>();
        names.forEach((code, name) -> areas.add(new AreaFigures(
                code, name, stages.getOrDefault(code, NO_CPTS), coverage.getOrDefault(code, NO_COMMUNE))));
        return areas;
    }

    private static final String TOTAL = "";

    /** What a scope breaks down by: the départements of a région or of a caisse, the régions of France. */
    private enum Area {
        NONE(null, null),
        DEPARTEMENT("departement_code", "(select d.name from departement d where d.code = %s)"),
        REGION("region_code", "(select r.name from region r where r.code = %s)");

        private final String column;
        private final String name;

        Area(String column, String name) {
            this.column = column;
            this.name = name;
        }

        static Area of(AccessScope scope) {
            if (scope instanceof AccessScope.Region || scope instanceof AccessScope.Departements) {
                return DEPARTEMENT;
            }
            return scope instanceof AccessScope.National ? REGION : NONE;
        }

        String groupBy(String alias) {
            return this == NONE ? "group by ()" : "group by grouping sets ((), (" + alias + "." + column + "))";
        }

        String select(String alias) {
            return this == NONE ? "'' as area" : "coalesce(" + alias + "." + column + ", '') as area";
        }

        String nameOf(String alias) {
            return this == NONE ? "'' as area_name" : name.formatted(alias + "." + column) + " as area_name";
        }
    }

    private void stages(AccessScope scope, Area area, Map<String, StageCounts> stages) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        String signed = "exists (select 1 from aci_contract_signature s where s.cpts_id = c.id"
                + " group by s.version having count(*) = 3)";
        jdbc.query(
                "select " + area.select("c") + ", count(*) as cpts,"
                        + " count(*) filter (where exists (select 1 from dossier d where d.cpts_id = c.id"
                        + "   and d.kind = 'LETTRE_INTENTION' and d.state = 'VALIDATED')) as letters,"
                        + " count(*) filter (where exists (select 1 from dossier d where d.cpts_id = c.id"
                        + "   and d.kind = 'PROJET_SANTE' and d.state in ('SUBMITTED', 'UNDER_INSTRUCTION',"
                        + "   'CORRECTIONS_REQUESTED', 'VALIDATED'))) as projects,"
                        + " count(*) filter (where " + signed + ") as signed,"
                        + " count(*) filter (where not " + signed
                        + "   and exists (select 1 from aci_contract_signature s where s.cpts_id = c.id)) as signing"
                        + " from cpts c where " + inScope.sql() + " " + area.groupBy("c"),
                row -> {
                    stages.put(
                            row.getString("area"),
                            new StageCounts(
                                    row.getLong("cpts"),
                                    row.getLong("letters"),
                                    row.getLong("projects"),
                                    row.getLong("signed"),
                                    row.getLong("signing")));
                },
                inScope.arguments().toArray());
    }

    private void coverage(AccessScope scope, Area area, Map<String, Coverage> coverage, Map<String, String> names) {
        ScopeSql inScope = ScopeSql.communes(scope, "m");
        jdbc.query(
                """
                with units as (
                    select m.code, m.departement_code, m.region_code, m.population,
                           exists (select 1 from cpts_territory_commune t
                                   where t.commune_code = m.code or t.commune_code = m.divides) as covered
                    from commune m
                    where m.retired_in is null and not m.divided and %s)
                select %s, %s, count(*) as communes, coalesce(sum(u.population), 0) as population,
                       count(*) filter (where not u.covered) as uncovered,
                       coalesce(sum(u.population) filter (where not u.covered), 0) as uncovered_population
                from units u %s order by 1""".formatted(inScope.sql(), area.select("u"), area.nameOf("u"), area.groupBy("u")),
                row -> {
                    String code = row.getString("area");
                    coverage.put(
                            code,
                            new Coverage(
                                    row.getLong("communes"),
                                    row.getLong("population"),
                                    row.getLong("uncovered"),
                                    row.getLong("uncovered_population")));
                    if (!code.isEmpty()) {
                        names.put(code, row.getString("area_name"));
                    }
                },
                inScope.arguments().toArray());
    }

    private List<InstructionTimes> instruction(AccessScope scope, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        Timestamp now = Timestamp.from(today.plusDays(1).atStartOfDay(PARIS).toInstant());
        Timestamp yearAgo =
                Timestamp.from(today.minusMonths(12).atStartOfDay(PARIS).toInstant());
        List<Object> arguments = new ArrayList<>(inScope.arguments());
        arguments.add(yearAgo);
        arguments.add(now);
        Map<DossierKind, InstructionTimes> byKind = new EnumMap<>(DossierKind.class);
        jdbc.query(
                """
                with filed as (
                    select d.kind, d.state,
                        (select min(t.at) from dossier_transition t
                         where t.dossier_id = d.id and t.to_state = 'SUBMITTED') as filed_at,
                        (select min(t.at) from dossier_transition t
                         where t.dossier_id = d.id and t.to_state in ('VALIDATED', 'REFUSED')) as decided_at
                    from dossier d join cpts c on c.id = d.cpts_id
                    where %s),
                timed as (
                    select kind, state in %s and decided_at is null as waiting,
                        case when decided_at >= ?::timestamptz then extract(epoch from decided_at - filed_at) / 86400 end as days,
                        extract(epoch from ?::timestamptz - filed_at) / 86400 as waited
                    from filed where filed_at is not null),
                stats as (
                    select kind, count(days) as decided,
                        percentile_cont(0.5) within group (order by days) as median,
                        percentile_cont(0.9) within group (order by days) as p90
                    from timed group by kind)
                select s.kind, s.decided, s.median, s.p90,
                    count(*) filter (where t.waiting) as waiting,
                    count(*) filter (where t.waiting and s.p90 is not null and t.waited > s.p90) as stale,
                    max(t.waited) filter (where t.waiting) as oldest
                from stats s join timed t on t.kind = s.kind
                group by s.kind, s.decided, s.median, s.p90""".formatted(inScope.sql(), DossierSql.OPEN),
                row -> {
                    DossierKind kind = DossierKind.valueOf(row.getString("kind"));
                    byKind.put(
                            kind,
                            new InstructionTimes(
                                    kind,
                                    row.getLong("decided"),
                                    optional(row, "median"),
                                    optional(row, "p90"),
                                    row.getLong("waiting"),
                                    row.getLong("stale"),
                                    optional(row, "oldest")));
                },
                arguments.toArray());
        List<InstructionTimes> times = new ArrayList<>();
        for (DossierKind kind : DossierKind.values()) {
            times.add(byKind.getOrDefault(kind, InstructionTimes.none(kind)));
        }
        return times;
    }

    private Funds funds(AccessScope scope, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<Object> arguments = new ArrayList<>();
        arguments.add(Date.valueOf(today));
        arguments.add(Date.valueOf(today.plusDays(90)));
        arguments.add(Date.valueOf(today));
        arguments.addAll(inScope.arguments());
        return jdbc.queryForObject(
                """
                select coalesce(sum(o.amount) filter (where o.state <> 'CANCELLED'), 0) as committed,
                       coalesce(sum(o.amount) filter (where o.state = 'PAID'), 0) as paid,
                       coalesce(sum(o.amount) filter (where o.state = 'DUE' and o.due_on between ? and ?), 0) as due,
                       coalesce(sum(o.amount) filter (where o.state = 'DUE' and o.due_on < ?), 0) as late
                from payment_order o join cpts c on c.id = o.cpts_id where """ + " " + inScope.sql(),
                (row, n) -> new Funds(
                        row.getBigDecimal("committed"),
                        row.getBigDecimal("paid"),
                        row.getBigDecimal("due"),
                        row.getBigDecimal("late")),
                arguments.toArray());
    }

    private WorkInProgress work(AccessScope scope, LocalDate today) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        List<Object> arguments = new ArrayList<>();
        arguments.add(Date.valueOf(today));
        arguments.add(Date.valueOf(today));
        arguments.add(Date.valueOf(today.plusDays(30)));
        arguments.addAll(inScope.arguments());
        return jdbc.queryForObject(
                """
                select count(*) filter (where k.next_unmet_deadline < ?) as late,
                       count(*) filter (where k.next_unmet_deadline between ? and ?) as soon,
                       coalesce(sum((select count(*) from yearly_review r where r.cpts_id = c.id
                                     and r.state in ('DRAFT', 'CORRECTIONS_REQUESTED'))), 0) as reviews_cpts,
                       coalesce(sum((select count(*) from yearly_review r where r.cpts_id = c.id
                                     and r.state = 'SUBMITTED')), 0) as reviews_cpam,
                       coalesce(sum((select count(*) from payment_order o where o.cpts_id = c.id
                                     and o.state = 'SUSPENDED')), 0) as suspended
                from cpts c left join aci_contract k on k.cpts_id = c.id where """ + " " + inScope.sql(),
                (row, n) -> new WorkInProgress(
                        row.getLong("late"),
                        row.getLong("soon"),
                        row.getLong("reviews_cpts"),
                        row.getLong("reviews_cpam"),
                        row.getLong("suspended")),
                arguments.toArray());
    }

    private static OptionalDouble optional(ResultSet row, String column) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }
}
