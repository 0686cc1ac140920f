package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.web.cpts.CptsDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final CptsDirectory directory;
    private final AssistantSubsidyEngine engine;
    private final Clock clock;

    SubsidyRequestQueries(
            SubsidyRequestLocator locator,
            AssistantSubsidyRequests requests,
            CptsDirectory directory,
            AssistantSubsidyEngine engine,
            Clock clock) {
        this.locator = locator;
        this.requests = requests;
        this.directory = directory;
        this.engine = engine;
        this.clock = clock;
    }

    /** The porteur's CPTS. */
    public CptsRecord ownCpts(Account porteur) {
        return locator.own(porteur);
    }

    /** The requests of the porteur's CPTS, the most recent first. */
    public List<RequestRow> porteurRequests(Account porteur) {
        CptsRecord cpts = locator.own(porteur);
        Instant now = clock.instant();
        return requests.ofCpts(List.of(cpts.id())).stream()
                .sorted(Comparator.comparing(AssistantSubsidyRequest::createdAt).reversed())
                .map(request -> row(request, cpts, now))
                .toList();
    }

    public RequestPage porteurPage(Account porteur, long id) {
        return page(porteur, locator.own(porteur, id), locator.own(porteur));
    }

    /**
     * The filed requests of the CPTS the officer's scope covers: those awaiting the CPAM first, the oldest filed
     * first, then the decided ones, the most recent decision first. Drafts never show.
     */
    public List<RequestRow> officerRequests(Account officer) {
        SubsidyRequestLocator.requireOfficer(officer);
        Map<CptsId, CptsRecord> visible =
                directory.visibleTo(officer).stream().collect(Collectors.toMap(CptsRecord::id, Function.identity()));
        Instant now = clock.instant();
        List<AssistantSubsidyRequest> filed = requests.ofCpts(visible.keySet()).stream()
                .filter(AssistantSubsidyRequest::isFiled)
                .toList();
        List<RequestRow> rows = new ArrayList<>();
        filed.stream()
                .filter(request -> !request.state().isFinal())
                .sorted(Comparator.comparing(
                        (AssistantSubsidyRequest request) -> request.filedAt().orElseThrow()))
                .forEach(request -> rows.add(row(request, visible.get(request.cpts()), now)));
        filed.stream()
                .filter(request -> request.state().isFinal())
                .sorted(Comparator.comparing(AssistantSubsidyRequest::inStateSince)
                        .reversed())
                .forEach(request -> rows.add(row(request, visible.get(request.cpts()), now)));
        return rows;
    }

    public RequestPage officerPage(Account officer, long id) {
        AssistantSubsidyRequest request = locator.filedInScope(officer, id);
        return page(officer, request, locator.cpts(request));
    }

    private RequestPage page(Account viewer, AssistantSubsidyRequest request, CptsRecord cpts) {
        return new RequestPage(
                request,
                cpts,
                engine.assess(request.application()),
                engine.specialtyLabel(request.application().doctor().specialtyCode()),
                request.availableMoves(viewer.role()));
    }

    private static RequestRow row(AssistantSubsidyRequest request, CptsRecord cpts, Instant now) {
        return new RequestRow(
                request, cpts, Duration.between(request.inStateSince(), now).toDays());
    }
}
