package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.cpts.CptsRecord;

/** A line of a list of requests: the request, its CPTS, and for how many days it has stood in its state. */
public record RequestRow(AssistantSubsidyRequest request, CptsRecord cpts, long days) {

    public long id() {
        return request.id().orElseThrow().value();
    }
}
