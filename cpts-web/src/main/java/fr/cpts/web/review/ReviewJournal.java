package fr.cpts.web.review;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.review.EvidenceAdded;
import fr.cpts.domain.review.IndicatorAssessed;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.IndicatorDeclared;
import fr.cpts.domain.review.ReviewEvent;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewMoved;
import fr.cpts.domain.review.ReviewOpened;
import fr.cpts.domain.review.StatementIssued;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The journal of the yearly reviews: each event of a review becomes one entry, in the transaction of the move that
 * caused it (nothing is journaled for a move that rolls back). Every entry names the contract year; the entity is
 * the review of that year of the CPTS. Closing is journaled once, with the statement it issued.
 */
@Component
class ReviewJournal {

    private final Audit audit;

    ReviewJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void opened(ReviewOpened event) {
        write(
                event,
                AuditAction.REVIEW_OPENING,
                null,
                List.of(
                        new FieldChange("state", null, event.state().label()),
                        new FieldChange("reviewedVersion", null, String.valueOf(event.contractVersion()))));
    }

    @EventListener
    void declared(IndicatorDeclared event) {
        IndicatorDeclaration before = event.before();
        List<FieldChange> fields = new ArrayList<>();
        fields.add(new FieldChange("reviewIndicator", null, event.indicator()));
        fields.add(new FieldChange(
                "declaredValue",
                before == null ? null : IndicatorValues.shown(before.value()),
                IndicatorValues.shown(event.after().value())));
        String commentBefore = before == null ? null : before.comment();
        if (!Objects.equals(commentBefore, event.after().comment())) {
            fields.add(new FieldChange(
                    "declarationComment", commentBefore, event.after().comment()));
        }
        write(event, AuditAction.DECLARATION, null, fields);
    }

    @EventListener
    void evidenceAdded(EvidenceAdded event) {
        write(
                event,
                AuditAction.ATTACHMENT,
                null,
                List.of(
                        new FieldChange("reviewIndicator", null, event.indicator()),
                        new FieldChange("fileName", null, event.filename()),
                        new FieldChange("fileSize", null, FrenchNumbers.format(event.size()) + " octets")));
    }

    @EventListener
    void assessed(IndicatorAssessed event) {
        IndicatorAssessment before = event.before();
        boolean adjusted = event.move() == ReviewMove.ADJUST;
        write(
                event,
                adjusted ? AuditAction.INDICATOR_ADJUSTMENT : AuditAction.INDICATOR_ACCEPTANCE,
                event.step().reason(),
                List.of(
                        new FieldChange("reviewIndicator", null, event.indicator()),
                        new FieldChange(
                                "retainedValue",
                                before == null ? null : IndicatorValues.shown(before.retainedValue()),
                                IndicatorValues.shown(event.after().retainedValue()))));
    }

    @EventListener
    void moved(ReviewMoved event) {
        Step<?, ?> step = event.step();
        switch (event.move()) {
            case SUBMIT -> write(event, AuditAction.SUBMISSION, null, List.of(stateChange(event)));
            case RESUBMIT -> write(event, AuditAction.RESUBMISSION, null, List.of(stateChange(event)));
            case REQUEST_CORRECTIONS ->
                write(event, AuditAction.CORRECTIONS_REQUEST, step.reason(), List.of(stateChange(event)));
            case DECLARE_CRISIS ->
                write(
                        event,
                        AuditAction.CRISIS_DECLARATION,
                        step.reason(),
                        List.of(new FieldChange("crisisDeclared", "non", "oui")));
            default -> {
                // closing is journaled with the statement it issues; the other moves are on one indicator
            }
        }
    }

    @EventListener
    void statementIssued(StatementIssued event) {
        write(
                event,
                AuditAction.REVIEW_CLOSING,
                null,
                List.of(
                        new FieldChange(
                                "state",
                                event.closing().from().label(),
                                event.closing().to().label()),
                        new FieldChange(
                                "fixedPartDue", null, event.fixedPartDue().toString()),
                        new FieldChange(
                                "variablePartEarned",
                                null,
                                event.variablePartEarned().toString()),
                        new FieldChange(
                                "advancesPaid", null, event.advancesPaid().toString()),
                        new FieldChange("balanceDue", null, event.balanceDue().toString()),
                        new FieldChange("fileName", null, event.filename()),
                        new FieldChange("sha256", null, event.sha256())));
    }

    private static FieldChange stateChange(ReviewMoved event) {
        return new FieldChange(
                "state", event.step().from().label(), event.step().to().label());
    }

    private void write(ReviewEvent event, AuditAction action, String reason, List<FieldChange> changes) {
        List<FieldChange> all = new ArrayList<>();
        all.add(new FieldChange("reviewYear", null, String.valueOf(event.contractYear())));
        all.addAll(changes);
        audit.record(event, AuditedEntity.REVUE_ANNUELLE, event.contractYear(), action, reason, all);
    }
}
