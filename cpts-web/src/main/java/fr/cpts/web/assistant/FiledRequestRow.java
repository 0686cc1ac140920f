package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.FiledSubsidyRequest;

/** A line of the officers' list: the filed request, and for how many days it has stood in its state. */
public record FiledRequestRow(FiledSubsidyRequest request, long days) {

    public long id() {
        return request.id().value();
    }
}
