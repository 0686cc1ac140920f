package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.audit.FieldChanges;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import fr.cpts.web.cpts.CptsDirectory;
import fr.cpts.web.territory.CptsAccess;
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
 * The subsidy requests as each person may work on them. Every identifier coming from an address is checked here
 * against the person's scope (a porteur's own CPTS, an ARS officer's région, a CPAM officer's départements) and
 * anything out of it, or a draft asked by an officer, is answered as not found. Each method is one transaction: a
 * move, its timeline entry and its journal entry ({@link Audit}) are written together or not at all; a change made
 * from a version someone else has since saved is refused ({@link SubsidyRequestConflict}).
 */
@Service
@Transactional
public class AssistantRequestService {

    /** Longest reason kept for a refusal. */
    static final int REASON_MAX = 5_000;

    private final AssistantSubsidyRequests requests;
    private final CptsRecords cptsRecords;
    private final CptsAccess access;
    private final CptsDirectory directory;
    private final AssistantSubsidyEngine engine;
    private final Audit audit;
    private final Clock clock;

    AssistantRequestService(
            AssistantSubsidyRequests requests,
            CptsRecords cptsRecords,
            CptsAccess access,
            CptsDirectory directory,
            AssistantSubsidyEngine engine,
            Audit audit,
            Clock clock) {
        this.clock = clock;
        this.requests = requests;
        this.cptsRecords = cptsRecords;
        this.access = access;
        this.directory = directory;
        this.engine = engine;
        this.audit = audit;
    }

    // ---- porteur ----

    /** The porteur's CPTS. */
    @Transactional(readOnly = true)
    public CptsRecord ownCpts(Account porteur) {
        return access.own(porteur);
    }

    /** The requests of the porteur's CPTS, the most recent first. */
    @Transactional(readOnly = true)
    public List<RequestRow> porteurRequests(Account porteur) {
        CptsRecord cpts = access.own(porteur);
        Instant now = clock.instant();
        return requests.ofCpts(List.of(cpts.id())).stream()
                .sorted(Comparator.comparing(AssistantSubsidyRequest::createdAt).reversed())
                .map(request -> row(request, cpts, now))
                .toList();
    }

    @Transactional(readOnly = true)
    public RequestPage porteurPage(Account porteur, long id) {
        AssistantSubsidyRequest request = ownRequest(porteur, id);
        return page(porteur, request, access.own(porteur));
    }

    /** A new draft for a doctor of the porteur's CPTS. */
    public AssistantSubsidyRequest create(Account porteur, AssistantSubsidyApplication application) {
        CptsRecord cpts = access.own(porteur);
        AssistantSubsidyRequest saved = requests.save(
                AssistantSubsidyRequest.draft(cpts.id(), application, Actor.of(porteur), clock.instant()));
        journal(
                porteur,
                saved,
                AuditAction.CREATION,
                null,
                FieldChanges.between(null, JournaledApplication.of(application, engine)));
        return saved;
    }

    /** Saves the porteur's changes to a draft, from the version they read. */
    public AssistantSubsidyRequest update(
            Account porteur, long id, AssistantSubsidyApplication application, long readVersion) {
        AssistantSubsidyRequest request = ownRequest(porteur, id);
        requireVersion(request, readVersion);
        JournaledApplication before = JournaledApplication.of(request.application(), engine);
        request.edit(application, Actor.of(porteur));
        AssistantSubsidyRequest saved = requests.save(request);
        List<FieldChange> changes = FieldChanges.between(before, JournaledApplication.of(application, engine));
        if (!changes.isEmpty()) {
            journal(porteur, saved, AuditAction.MODIFICATION, null, changes);
        }
        return saved;
    }

    /** Files the draft with the CPAM: refused while the engine finds the doctor ineligible. */
    public AssistantSubsidyRequest file(Account porteur, long id, long readVersion) {
        AssistantSubsidyRequest request = ownRequest(porteur, id);
        requireVersion(request, readVersion);
        SubsidyAssessment assessment = engine.assess(request.application());
        request.file(Actor.of(porteur), clock.instant(), assessment.verdict());
        return journaledMove(
                porteur, request, List.of(new FieldChange("eligibilityRuleSet", null, assessment.ruleSet())));
    }

    // ---- ARS and CPAM ----

    /**
     * The filed requests of the CPTS the officer's scope covers: those awaiting the CPAM first, the oldest filed
     * first, then the decided ones, the most recent decision first. Drafts never show.
     */
    @Transactional(readOnly = true)
    public List<RequestRow> officerRequests(Account officer) {
        requireOfficer(officer);
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

    @Transactional(readOnly = true)
    public RequestPage officerPage(Account officer, long id) {
        AssistantSubsidyRequest request = filedRequestInScope(officer, id);
        return page(officer, request, cpts(request));
    }

    /** The CPAM's decision: accept (refused if the doctor is no longer eligible) or refuse with a reason. */
    public AssistantSubsidyRequest decide(
            Account officer, long id, SubsidyRequestMove move, String reason, long readVersion) {
        AssistantSubsidyRequest request = filedRequestInScope(officer, id);
        if (move == null) {
            throw new DomainException("Décision : choisissez d'accepter ou de refuser la demande.");
        }
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new DomainException("Motif : 5 000 caractères au plus.");
        }
        requireVersion(request, readVersion);
        Actor actor = Actor.of(officer);
        Instant now = clock.instant();
        return switch (move) {
            case ACCEPT -> {
                SubsidyAssessment assessment = engine.assess(request.application());
                request.accept(actor, now, assessment.verdict());
                List<FieldChange> changes = new ArrayList<>();
                changes.add(new FieldChange("eligibilityRuleSet", null, assessment.ruleSet()));
                if (assessment.scheduleRefusal().isEmpty()) {
                    changes.add(new FieldChange(
                            "subsidyYears",
                            null,
                            String.join(
                                    " ; ",
                                    assessment.schedule().stream()
                                            .map(year -> "année " + year.year() + " : "
                                                    + year.amount().amount())
                                            .toList())));
                    changes.add(new FieldChange(
                            "subsidyTotal", null, assessment.total().toString()));
                }
                yield journaledMove(officer, request, changes);
            }
            case REFUSE -> {
                request.refuse(actor, now, reason);
                yield journaledMove(officer, request, List.of());
            }
            case FILE ->
                throw new DomainException(
                        "Décision : la CPAM accepte ou refuse la demande ; seul le porteur " + "de projet la dépose.");
        };
    }

    // ---- journal ----

    /** Saves a request that just made a move, and journals it: who, the reason, the state before and after. */
    private AssistantSubsidyRequest journaledMove(Account by, AssistantSubsidyRequest request, List<FieldChange> more) {
        AssistantSubsidyRequest saved = requests.save(request);
        Step<SubsidyRequestMove, SubsidyRequestState> move =
                request.lastTransition().orElseThrow();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("state", move.from().label(), move.to().label()));
        changes.addAll(more);
        journal(
                by,
                saved,
                switch (move.move()) {
                    case FILE -> AuditAction.SUBMISSION;
                    case ACCEPT -> AuditAction.ACCEPTANCE;
                    case REFUSE -> AuditAction.REFUSAL;
                },
                move.reason(),
                changes);
        return saved;
    }

    private void journal(
            Account by, AssistantSubsidyRequest request, AuditAction action, String reason, List<FieldChange> changes) {
        audit.record(
                by,
                request.cpts(),
                AuditedEntity.DEMANDE_ASSISTANT_MEDICAL,
                request.id().orElseThrow().value(),
                action,
                reason,
                changes);
    }

    // ---- scope ----

    private AssistantSubsidyRequest ownRequest(Account porteur, long id) {
        CptsRecord cpts = access.own(porteur);
        return find(id).filter(request -> request.cpts().equals(cpts.id())).orElseThrow(AssistantRequestNotFound::new);
    }

    /** A request the officer's scope covers and that was filed (an officer never sees a draft). */
    private AssistantSubsidyRequest filedRequestInScope(Account officer, long id) {
        requireOfficer(officer);
        AssistantSubsidyRequest request =
                find(id).filter(AssistantSubsidyRequest::isFiled).orElseThrow(AssistantRequestNotFound::new);
        cptsRecords.byId(request.cpts()).filter(officer.scope()::covers).orElseThrow(AssistantRequestNotFound::new);
        return request;
    }

    private static void requireOfficer(Account officer) {
        if (officer.role() != Role.ARS_OFFICER && officer.role() != Role.CPAM_OFFICER) {
            throw new AssistantRequestNotFound();
        }
    }

    private java.util.Optional<AssistantSubsidyRequest> find(long id) {
        return id <= 0 ? java.util.Optional.empty() : requests.byId(new AssistantSubsidyRequestId(id));
    }

    private static void requireVersion(AssistantSubsidyRequest request, long readVersion) {
        if (request.version() != readVersion) {
            throw new SubsidyRequestConflict();
        }
    }

    private CptsRecord cpts(AssistantSubsidyRequest request) {
        return cptsRecords.byId(request.cpts()).orElseThrow(AssistantRequestNotFound::new);
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
