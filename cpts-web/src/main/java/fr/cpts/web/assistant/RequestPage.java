package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.cpts.CptsRecord;
import java.util.Set;

/**
 * One request as a page shows it: the request, its CPTS, the engine's eligibility check and schedule, the label of
 * its specialty, and the moves the viewer may make now.
 */
public record RequestPage(
        AssistantSubsidyRequest request,
        CptsRecord cpts,
        SubsidyAssessment assessment,
        String specialty,
        Set<SubsidyRequestMove> moves) {

    public long id() {
        return request.id().orElseThrow().value();
    }

    public boolean canFile() {
        return moves.contains(SubsidyRequestMove.FILE);
    }

    public boolean canDecide() {
        return moves.contains(SubsidyRequestMove.ACCEPT) || moves.contains(SubsidyRequestMove.REFUSE);
    }
}
