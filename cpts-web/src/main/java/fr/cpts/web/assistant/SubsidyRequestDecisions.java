package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CPAM's decision on a filed subsidy request of its départements: accept it (refused if the doctor is no longer
 * eligible on the same check), recording the rule set and the amounts granted, or refuse it with a reason. One
 * transaction: the decision and its journal entry, or nothing; a decision made from a version someone else has since
 * saved is refused ({@link SubsidyRequestConflict}).
 */
@Service
@Transactional
public class SubsidyRequestDecisions {

    private final SubsidyRequestLocator locator;
    private final AssistantSubsidyRequests requests;
    private final AssistantSubsidyEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubsidyRequestDecisions(
            SubsidyRequestLocator locator,
            AssistantSubsidyRequests requests,
            AssistantSubsidyEngine engine,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locator = locator;
        this.requests = requests;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    /** The CPAM's decision: accept (refused if the doctor is no longer eligible) or refuse with a reason. */
    public AssistantSubsidyRequest decide(
            Account officer, long id, SubsidyRequestMove move, String reason, long readVersion) {
        AssistantSubsidyRequest request = locator.filedInScope(officer, id);
        if (move == null) {
            throw new DomainException("Décision : choisissez d'accepter ou de refuser la demande.");
        }
        SubsidyRequestLocator.requireVersion(request, readVersion);
        Actor actor = Actor.of(officer);
        Instant now = clock.instant();
        SubsidyRequestMoved decided =
                switch (move) {
                    case ACCEPT -> accept(request, actor, now);
                    case REFUSE -> request.refuse(actor, now, reason);
                    case FILE ->
                        throw new DomainException(
                                "Décision : la CPAM accepte ou refuse la demande ; seul le porteur de projet la "
                                        + "dépose.");
                };
        AssistantSubsidyRequest saved = requests.save(request);
        events.publishEvent(decided);
        return saved;
    }

    /** Accepts the request on the engine's check, with the rule set applied and the yearly amounts granted. */
    private SubsidyRequestMoved accept(AssistantSubsidyRequest request, Actor officer, Instant at) {
        SubsidyAssessment assessment = engine.assess(request.application());
        SubsidyRequestMoved accepted = request.accept(officer, at, assessment.verdict());
        List<FieldChange> facts = new ArrayList<>();
        facts.add(new FieldChange("eligibilityRuleSet", null, assessment.ruleSet()));
        if (assessment.scheduleRefusal().isEmpty()) {
            facts.add(new FieldChange(
                    "subsidyYears",
                    null,
                    String.join(
                            " ; ",
                            assessment.schedule().stream()
                                    .map(year -> "année " + year.year() + " : "
                                            + year.amount().amount())
                                    .toList())));
            facts.add(new FieldChange("subsidyTotal", null, assessment.total().toString()));
        }
        return accepted.with(facts);
    }
}
