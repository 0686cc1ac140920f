package fr.cpts.web.assistant;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.SubsidyRequestMoved;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The journal of the subsidy requests: each move (filed, accepted, refused) becomes one entry, in the transaction of
 * the move (who, the reason, the state before and after, and the facts the decision rested on); a draft's creation
 * and changes are written through {@link #draft}.
 */
@Component
class SubsidyRequestJournal {

    private final Audit audit;

    SubsidyRequestJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void moved(SubsidyRequestMoved event) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                "state", event.step().from().label(), event.step().to().label()));
        changes.addAll(event.facts());
        audit.record(
                event,
                AuditedEntity.DEMANDE_ASSISTANT_MEDICAL,
                event.request().value(),
                switch (event.move()) {
                    case FILE -> AuditAction.SUBMISSION;
                    case ACCEPT -> AuditAction.ACCEPTANCE;
                    case REFUSE -> AuditAction.REFUSAL;
                },
                event.step().reason(),
                changes);
    }

    /** A draft created or changed by the porteur, or a patient list declared for an accepted request. */
    void draft(Account by, AssistantSubsidyRequest request, AuditAction action, List<FieldChange> changes) {
        audit.record(
                by,
                request.cpts(),
                AuditedEntity.DEMANDE_ASSISTANT_MEDICAL,
                request.id().orElseThrow().value(),
                action,
                null,
                changes);
    }
}
