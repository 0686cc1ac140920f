package fr.cpts.persistence.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.lifecycle.Step;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsidy-requests port over {@code assistant_subsidy_request} and its timeline. A save claims the version it
 * read ({@code update ... where version = ?}): a save from an older version, or one that loses the race to a
 * concurrent transaction, changes no row and is refused ({@link SubsidyRequestConflict}). The timeline only grows.
 */
@Repository
@Transactional(readOnly = true)
class JdbcAssistantSubsidyRequests implements AssistantSubsidyRequests {

    private final JdbcTemplate jdbc;

    JdbcAssistantSubsidyRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AssistantSubsidyRequest> byId(AssistantSubsidyRequestId id) {
        return read("id = ?", id.value()).stream().findFirst();
    }

    @Override
    public List<AssistantSubsidyRequest> ofCpts(Collection<CptsId> cpts) {
        if (cpts.isEmpty()) {
            return List.of();
        }
        return read(
                "cpts_id = any(?)", (Object) cpts.stream().map(CptsId::value).toArray(Long[]::new));
    }

    @Override
    @Transactional
    public AssistantSubsidyRequest save(AssistantSubsidyRequest request) {
        long id = request.id().isEmpty() ? insert(request) : update(request);
        writeNewSteps(id, request.timeline());
        return byId(new AssistantSubsidyRequestId(id)).orElseThrow(SubsidyRequestConflict::new);
    }

    private long insert(AssistantSubsidyRequest request) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                    insert into assistant_subsidy_request (cpts_id, state, doctor_name, rpps, specialty_code, sector,
                        optam, doctors_in_practice, in_under_served_zone, in_most_under_served_territory,
                        committed_to_coordinated_practice, claimed_derogations, medecin_traitant_adult_patients,
                        activity_percentile, clinical_fees_share, structure_indicators_validated, working_time,
                        hiring_date, commitment_initial_patients, commitment_increase_percent, declared_patient_lists,
                        created_at, in_state_since, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", new String[] {"id"});
                    statement.setLong(1, request.cpts().value());
                    int next = bindContent(statement, 2, request);
                    statement.setTimestamp(next, Timestamp.from(request.createdAt()));
                    statement.setTimestamp(next + 1, Timestamp.from(request.inStateSince()));
                    return statement;
                },
                key);
        return key.getKeyAs(Long.class);
    }

    private long update(AssistantSubsidyRequest request) {
        long id = request.id().orElseThrow().value();
        int claimed = jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    update assistant_subsidy_request set state = ?, doctor_name = ?, rpps = ?, specialty_code = ?,
                        sector = ?, optam = ?, doctors_in_practice = ?, in_under_served_zone = ?,
                        in_most_under_served_territory = ?, committed_to_coordinated_practice = ?,
                        claimed_derogations = ?,
                        medecin_traitant_adult_patients = ?, activity_percentile = ?, clinical_fees_share = ?,
                        structure_indicators_validated = ?,
                        working_time = ?, hiring_date = ?, commitment_initial_patients = ?,
                        commitment_increase_percent = ?, declared_patient_lists = ?, in_state_since = ?,
                        version = version + 1
                    where id = ? and version = ?""");
            int next = bindContent(statement, 1, request);
            statement.setTimestamp(next, Timestamp.from(request.inStateSince()));
            statement.setLong(next + 1, id);
            statement.setLong(next + 2, request.version());
            return statement;
        });
        if (claimed != 1) {
            throw new SubsidyRequestConflict();
        }
        return id;
    }

    /** Binds state and content from {@code first} on; returns the next parameter index. */
    private static int bindContent(PreparedStatement statement, int first, AssistantSubsidyRequest request)
            throws SQLException {
        AssistantSubsidyApplication application = request.application();
        Doctor doctor = application.doctor();
        int i = first;
        statement.setString(i++, request.state().name());
        statement.setString(i++, doctor.fullName());
        statement.setString(i++, doctor.rpps());
        statement.setString(i++, doctor.specialtyCode());
        statement.setString(i++, doctor.sector().name());
        statement.setBoolean(i++, doctor.optam());
        statement.setInt(i++, application.practice().doctorsInPractice());
        statement.setBoolean(i++, application.practice().inUnderServedZone());
        statement.setBoolean(i++, application.practice().inMostUnderServedTerritory());
        statement.setBoolean(i++, application.practice().committedToCoordinatedPractice());
        statement.setArray(
                i++,
                statement
                        .getConnection()
                        .createArrayOf(
                                "text",
                                application.practice().claimedDerogations().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toArray()));
        statement.setLong(i++, application.activity().medecinTraitantAdultPatients());
        statement.setInt(i++, application.activity().activityPercentile());
        OptionalInt clinicalFeesShare = application.activity().clinicalFeesShare();
        if (clinicalFeesShare.isPresent()) {
            statement.setInt(i++, clinicalFeesShare.getAsInt());
        } else {
            statement.setNull(i++, Types.INTEGER);
        }
        statement.setBoolean(i++, application.activity().structureIndicatorsValidated());
        statement.setString(i++, application.workingTime().name());
        statement.setDate(i++, Date.valueOf(application.hiringDate()));
        Optional<PatientListCommitment> commitment = application.commitment();
        statement.setObject(
                i++, commitment.map(PatientListCommitment::initialPatients).orElse(null), Types.BIGINT);
        statement.setObject(
                i++, commitment.map(PatientListCommitment::increasePercent).orElse(null), Types.INTEGER);
        Map<Integer, Long> declared = request.declaredPatientLists();
        Long[] byYear =
                new Long[declared.keySet().stream().max(Integer::compare).orElse(0)];
        declared.forEach((year, patients) -> byYear[year - 1] = patients);
        statement.setArray(i++, statement.getConnection().createArrayOf("bigint", byYear));
        return i;
    }

    private void writeNewSteps(long id, List<Step<SubsidyRequestMove, SubsidyRequestState>> timeline) {
        Integer stored = jdbc.queryForObject(
                "select count(*) from assistant_subsidy_request_transition where request_id = ?", Integer.class, id);
        if (timeline.size() < stored) {
            throw new IllegalStateException("L'historique d'une demande d'aide ne se raccourcit jamais");
        }
        List<Object[]> rows = new ArrayList<>();
        for (int position = stored; position < timeline.size(); position++) {
            Step<SubsidyRequestMove, SubsidyRequestState> step = timeline.get(position);
            rows.add(new Object[] {
                id,
                position,
                step.move().name(),
                step.from().name(),
                step.to().name(),
                step.actor().username(),
                step.actor().displayName(),
                step.actor().role().name(),
                Timestamp.from(step.at()),
                step.reason()
            });
        }
        jdbc.batchUpdate("""
                insert into assistant_subsidy_request_transition (request_id, position, move, from_state, to_state,
                    actor_username, actor_name, actor_role, at, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private List<AssistantSubsidyRequest> read(String where, Object... arguments) {
        List<SubsidyRequestRows.Row> rows = jdbc.query(
                "select * from assistant_subsidy_request where " + where + " order by created_at, id",
                SubsidyRequestRows::row,
                arguments);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Step<SubsidyRequestMove, SubsidyRequestState>>> timelines = new HashMap<>();
        jdbc.query(
                """
                        select * from assistant_subsidy_request_transition where request_id = any(?)
                        order by request_id, position""",
                result -> {
                    timelines
                            .computeIfAbsent(result.getLong("request_id"), id -> new ArrayList<>())
                            .add(SubsidyRequestRows.step(result));
                },
                (Object) rows.stream().map(SubsidyRequestRows.Row::id).toArray(Long[]::new));
        return rows.stream()
                .map(row -> AssistantSubsidyRequest.restore(
                        new AssistantSubsidyRequestId(row.id()),
                        new CptsId(row.cpts()),
                        row.state(),
                        row.application(),
                        timelines.getOrDefault(row.id(), List.of()),
                        row.version(),
                        row.createdAt(),
                        row.declaredPatientLists()))
                .toList();
    }
}
