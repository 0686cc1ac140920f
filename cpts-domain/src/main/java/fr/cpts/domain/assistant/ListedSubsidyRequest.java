package fr.cpts.domain.assistant;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A medical-assistant subsidy request as a list shows it: its doctor, CPTS, option and hiring date, when it was filed
 * (empty for a draft), its state and since when it stands in it.
 */
public record ListedSubsidyRequest(
        AssistantSubsidyRequestId id,
        CptsId cpts,
        String cptsName,
        String doctorName,
        AssistantWorkingTime workingTime,
        LocalDate hiringDate,
        Optional<Instant> filedAt,
        SubsidyRequestState state,
        Instant since) {

    public ListedSubsidyRequest {
        Objects.requireNonNull(id, "demande");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(filedAt, "dépôt");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(since, "depuis");
    }
}
