package fr.cpts.domain.assistant;

import fr.cpts.domain.cpts.CptsId;
import java.time.Instant;
import java.util.Objects;

/**
 * A filed medical-assistant subsidy request as officers list it: its doctor, CPTS, option, when it was filed, its
 * state and since when it stands in it.
 */
public record FiledSubsidyRequest(
        AssistantSubsidyRequestId id,
        CptsId cpts,
        String cptsName,
        String doctorName,
        AssistantWorkingTime workingTime,
        Instant filedAt,
        SubsidyRequestState state,
        Instant since) {

    public FiledSubsidyRequest {
        Objects.requireNonNull(id, "demande");
        Objects.requireNonNull(cpts, "CPTS");
        Objects.requireNonNull(filedAt, "dépôt");
        Objects.requireNonNull(state, "état");
        Objects.requireNonNull(since, "depuis");
    }
}
