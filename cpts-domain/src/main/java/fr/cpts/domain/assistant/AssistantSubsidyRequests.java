package fr.cpts.domain.assistant;

import fr.cpts.domain.cpts.CptsId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The medical-assistant subsidy requests filed through the CPTS (repository port, implemented by persistence). */
public interface AssistantSubsidyRequests {

    Optional<AssistantSubsidyRequest> byId(AssistantSubsidyRequestId id);

    /** The requests of these CPTS, whatever their state, oldest first. */
    List<AssistantSubsidyRequest> ofCpts(Collection<CptsId> cpts);

    /**
     * Stores the request with its new timeline entries and returns it as stored (with its id and new version).
     *
     * @throws SubsidyRequestConflict when the stored request changed since this one was read
     */
    AssistantSubsidyRequest save(AssistantSubsidyRequest request);
}
