package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.ListedSubsidyRequest;
import fr.cpts.domain.assistant.SubsidyRequestQueue;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the three parties read of the subsidy requests: the porteur's requests, the officers' list over their scope,
 * and a request's page with the engine's assessment and the moves the reader may make. Nothing here changes anything.
 */
@Service
@Transactional(readOnly = true)
public class SubsidyRequestQueries {

    private final SubsidyRequestLocator locator;
    private final AssistantSubsidyRequests requests;
    private final SubsidyRequestQueue queue;
    private final AssistantSubsidyEngine engine;
    private final Clock clock;

    SubsidyRequestQueries(
            SubsidyRequestLocator locator,
            AssistantSubsidyRequests requests,
            SubsidyRequestQueue queue,
            AssistantSubsidyEngine engine,
            Clock clock) {
        this.locator = locator;
        this.requests = requests;
        this.queue = queue;
        this.engine = engine;
        this.clock = clock;
    }

    /** The porteur's CPTS. */
    public CptsRecord ownCpts(Account porteur) {
        return locator.own(porteur);
    }

    /** The requests of the porteur's CPTS, drafts included, the most recently created first, a page at a time. */
    public Page<ListedSubsidyRequest> porteurRequests(Account porteur, PageRequest page) {
        return queue.ofCpts(locator.own(porteur).id(), page);
    }

    public RequestPage porteurPage(Account porteur, long id) {
        return page(porteur, locator.own(porteur, id), locator.own(porteur));
    }

    /**
     * The filed requests of the CPTS the officer's scope covers, a page at a time: those awaiting the CPAM first, the
     * oldest filed first, then the decided ones, the most recent decision first. Drafts never show.
     */
    public Page<FiledRequestRow> officerRequests(Account officer, PageRequest page) {
        SubsidyRequestLocator.requireOfficer(officer);
        Instant now = clock.instant();
        return queue.filed(officer.scope(), page)
                .map(request -> new FiledRequestRow(
                        request, Duration.between(request.since(), now).toDays()));
    }

    /** The same list whole, in the same order, each row handed over as it is read (its exports). */
    public void eachOfficerRequest(Account officer, Consumer<FiledRequestRow> rows) {
        SubsidyRequestLocator.requireOfficer(officer);
        Instant now = clock.instant();
        queue.eachFiled(
                officer.scope(),
                request -> rows.accept(new FiledRequestRow(
                        request, Duration.between(request.since(), now).toDays())));
    }

    public RequestPage officerPage(Account officer, long id) {
        AssistantSubsidyRequest request = locator.filedInScope(officer, id);
        return page(officer, request, locator.cpts(request));
    }

    private RequestPage page(Account viewer, AssistantSubsidyRequest request, CptsRecord cpts) {
        return new RequestPage(
                request,
                cpts,
                engine.assess(request),
                engine.specialtyLabel(request.application().doctor().specialtyCode()),
                request.availableMoves(viewer.role()));
    }
}
