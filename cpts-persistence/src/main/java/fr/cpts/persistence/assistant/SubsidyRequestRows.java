package fr.cpts.persistence.assistant;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.Activity;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.ClaimedDerogation;
import fr.cpts.domain.assistant.Doctor;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.assistant.Practice;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.shared.lifecycle.Step;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How a subsidy request's row and the steps of its timeline are read back into the domain. */
final class SubsidyRequestRows {

    private SubsidyRequestRows() {}

    record Row(
            long id,
            long cpts,
            SubsidyRequestState state,
            AssistantSubsidyApplication application,
            long version,
            Instant createdAt,
            Map<Integer, Long> declaredPatientLists) {}

    static Row row(ResultSet row, int number) throws SQLException {
        AssistantSubsidyApplication application = new AssistantSubsidyApplication(
                new Doctor(
                        row.getString("doctor_name"),
                        row.getString("rpps"),
                        row.getString("specialty_code"),
                        FeeSector.valueOf(row.getString("sector")),
                        row.getBoolean("optam")),
                new Practice(
                        row.getInt("doctors_in_practice"),
                        row.getBoolean("in_under_served_zone"),
                        row.getBoolean("in_most_under_served_territory"),
                        row.getBoolean("committed_to_coordinated_practice"),
                        Arrays.stream((String[])
                                        row.getArray("claimed_derogations").getArray())
                                .map(ClaimedDerogation::valueOf)
                                .collect(Collectors.toSet())),
                new Activity(
                        row.getLong("medecin_traitant_adult_patients"),
                        row.getInt("activity_percentile"),
                        row.getObject("clinical_fees_share") == null
                                ? OptionalInt.empty()
                                : OptionalInt.of(row.getInt("clinical_fees_share")),
                        row.getBoolean("structure_indicators_validated")),
                AssistantWorkingTime.valueOf(row.getString("working_time")),
                row.getDate("hiring_date").toLocalDate(),
                row.getObject("commitment_initial_patients") == null
                        ? Optional.empty()
                        : Optional.of(new PatientListCommitment(
                                row.getLong("commitment_initial_patients"),
                                row.getInt("commitment_increase_percent"))));
        Map<Integer, Long> declared = new TreeMap<>();
        Object[] byYear = (Object[]) row.getArray("declared_patient_lists").getArray();
        for (int year = 1; year <= byYear.length; year++) {
            if (byYear[year - 1] != null) {
                declared.put(year, ((Number) byYear[year - 1]).longValue());
            }
        }
        return new Row(
                row.getLong("id"),
                row.getLong("cpts_id"),
                SubsidyRequestState.valueOf(row.getString("state")),
                application,
                row.getLong("version"),
                row.getTimestamp("created_at").toInstant(),
                declared);
    }

    static Step<SubsidyRequestMove, SubsidyRequestState> step(ResultSet row) throws SQLException {
        return new Step<>(
                SubsidyRequestMove.valueOf(row.getString("move")),
                SubsidyRequestState.valueOf(row.getString("from_state")),
                SubsidyRequestState.valueOf(row.getString("to_state")),
                new Actor(
                        row.getString("actor_username"),
                        row.getString("actor_name"),
                        Role.valueOf(row.getString("actor_role"))),
                row.getTimestamp("at").toInstant(),
                null,
                row.getString("reason"));
    }
}
