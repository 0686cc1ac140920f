package fr.cpts.persistence.diagnostic;

import fr.cpts.domain.diagnostic.DataVersion;
import fr.cpts.domain.diagnostic.Flow;
import fr.cpts.domain.diagnostic.FlowSummary;
import fr.cpts.domain.diagnostic.PatientFlows;
import fr.cpts.domain.diagnostic.Specialty;
import fr.cpts.domain.territory.InseeCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient flows over PostgreSQL: a territory's flows are read from the flows leaving its communes and those reaching
 * them (indexed by year and commune), never from the whole table.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPatientFlows implements PatientFlows {

    private static final String SOURCE = "ameli-flux";
    private static final int CHUNK = 20_000;
    private static final int POLES = 3;

    private final JdbcTemplate jdbc;

    JdbcPatientFlows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Specialty> specialties() {
        return jdbc.query(
                "select code, label from patient_flow_specialty order by position",
                (rs, row) -> new Specialty(rs.getString("code"), rs.getString("label")));
    }

    @Override
    @Transactional
    public void store(int year, String fileName, List<Flow> flows, boolean demo, String importedBy, Instant at) {
        jdbc.update(
                "insert into diagnostic_version (source_code, year, effective_on, demo) values (?, ?, null, ?) "
                        + "on conflict (source_code, year) do update set demo = excluded.demo",
                SOURCE,
                year,
                demo);
        jdbc.update("delete from patient_flow where year = ?", year);
        for (int from = 0; from < flows.size(); from += CHUNK) {
            List<Flow> chunk = flows.subList(from, Math.min(flows.size(), from + CHUNK));
            jdbc.update(
                    "insert into patient_flow (year, specialty, residence_code, practice_code, patients) "
                            + "select ?, * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::integer[])",
                    year,
                    new SqlArrayValue(
                            "varchar", chunk.stream().map(Flow::specialty).toArray()),
                    new SqlArrayValue(
                            "varchar",
                            chunk.stream().map(flow -> flow.residence().value()).toArray()),
                    new SqlArrayValue(
                            "varchar",
                            chunk.stream().map(flow -> flow.practice().value()).toArray()),
                    new SqlArrayValue(
                            "integer", chunk.stream().map(Flow::patients).toArray()));
        }
        jdbc.update(
                "insert into diagnostic_import (source_code, year, region_code, file_name, communes, imported_by, "
                        + "imported_at, demo) values (?, ?, null, ?, "
                        + "(select count(distinct residence_code) from patient_flow where year = ?), ?, ?, ?)",
                SOURCE,
                year,
                fileName,
                year,
                importedBy,
                Timestamp.from(at),
                demo);
        jdbc.execute("analyze patient_flow");
    }

    @Override
    public FlowSummary ofTerritory(Collection<InseeCode> communes, DataVersion version) {
        int year = version.year();
        SqlArrayValue codes = new SqlArrayValue(
                "varchar", communes.stream().map(InseeCode::value).toArray());
        Map<String, long[]> totals = new HashMap<>();
        jdbc.query(
                "select f.specialty, sum(f.patients) as residents, "
                        + "coalesce(sum(f.patients) filter (where f.practice_code = any (?)), 0) as inside "
                        + "from unnest(?::varchar[]) as t (code) join patient_flow f on f.year = ? "
                        + "and f.residence_code = t.code group by f.specialty",
                rs -> {
                    totals.put(rs.getString("specialty"), new long[] {rs.getLong("residents"), rs.getLong("inside")});
                },
                codes,
                codes,
                year);
        Map<String, List<FlowSummary.Pole>> poles = new HashMap<>();
        jdbc.query(
                "select specialty, code, name, received from (select f.specialty, c.code, c.name, "
                        + "sum(f.patients) as received, row_number() over (partition by f.specialty "
                        + "order by sum(f.patients) desc, c.code) as rank "
                        + "from unnest(?::varchar[]) as t (code) join patient_flow f on f.year = ? "
                        + "and f.practice_code = t.code join commune c on c.code = f.practice_code "
                        + "group by f.specialty, c.code, c.name) ranked where rank <= ? order by specialty, rank",
                rs -> {
                    poles.computeIfAbsent(rs.getString("specialty"), specialty -> new ArrayList<>())
                            .add(new FlowSummary.Pole(
                                    new InseeCode(rs.getString("code")), rs.getString("name"), rs.getLong("received")));
                },
                codes,
                year,
                POLES);
        Map<String, List<FlowSummary.Attracted>> attracted = new HashMap<>();
        jdbc.query(
                "with candidates as (select distinct f.residence_code from unnest(?::varchar[]) as t (code) "
                        + "join patient_flow f on f.year = ? and f.practice_code = t.code "
                        + "where not (f.residence_code = any (?))), "
                        + "flows as (select f.residence_code, f.specialty, f.practice_code, f.patients, "
                        + "sum(f.patients) over (partition by f.residence_code, f.specialty) as total, "
                        + "row_number() over (partition by f.residence_code, f.specialty "
                        + "order by f.patients desc, f.practice_code) as rank "
                        + "from candidates k join patient_flow f on f.year = ? and f.residence_code = k.residence_code) "
                        + "select s.code as specialty, s.label, r.code, r.name, r.population, p.name as pole, "
                        + "round(100.0 * fl.patients / fl.total, 1) as share "
                        + "from flows fl join commune r on r.code = fl.residence_code "
                        + "join commune p on p.code = fl.practice_code "
                        + "join patient_flow_specialty s on s.code = fl.specialty "
                        + "where fl.rank = 1 and fl.total >= ? and fl.practice_code = any (?) "
                        + "order by s.position, share desc, r.code",
                rs -> {
                    attracted
                            .computeIfAbsent(rs.getString("specialty"), specialty -> new ArrayList<>())
                            .add(new FlowSummary.Attracted(
                                    new InseeCode(rs.getString("code")),
                                    rs.getString("name"),
                                    rs.getString("label"),
                                    rs.getString("pole"),
                                    rs.getBigDecimal("share"),
                                    rs.getLong("population")));
                },
                codes,
                year,
                codes,
                year,
                FlowSummary.SMALL_COUNT,
                codes);
        List<FlowSummary.SpecialtyFlows> specialties = new ArrayList<>();
        for (Specialty specialty : specialties()) {
            long[] total = totals.get(specialty.code());
            if (total != null) {
                specialties.add(new FlowSummary.SpecialtyFlows(
                        specialty,
                        total[0],
                        total[1],
                        poles.getOrDefault(specialty.code(), List.of()),
                        attracted.getOrDefault(specialty.code(), List.of())));
            }
        }
        return new FlowSummary(year, version.demo(), specialties);
    }
}
