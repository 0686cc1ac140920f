package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.ListedSubsidyRequest;

/** A line of the officers' list: the filed request, and for how many days it has stood in its state. */
public record FiledRequestRow(ListedSubsidyRequest request, long days) {

    public long id() {
        return request.id().value();
    }
}
