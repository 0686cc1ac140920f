package fr.cpts.web.dossier;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The journal of the dossiers: each move of the instruction cycle becomes one entry (who, the reason, the state
 * before and after), in the transaction of the move; the other actions (drafts, messages, opinions, attachments, FIR
 * decisions) are written through {@link #record}, never with a confidential text.
 */
@Component
class DossierJournal {

    private final Audit audit;

    DossierJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void moved(DossierMoved event) {
        audit.record(
                event,
                AuditedEntity.of(event.kind()),
                event.dossier().value(),
                AuditAction.of(event.move()),
                event.step().reason(),
                List.of(new FieldChange(
                        "state", event.step().from().label(), event.step().to().label())));
    }

    /** An action on a dossier that is not a move of its cycle (draft, message, opinion, FIR decision...). */
    void record(Account by, Dossier dossier, AuditAction action, String reason, List<FieldChange> changes) {
        audit.record(
                by,
                dossier.cpts(),
                AuditedEntity.of(dossier.kind()),
                dossier.id().orElseThrow().value(),
                action,
                reason,
                changes);
    }

    /** The name and size of an attached file, never its bytes. */
    void attachment(Account by, Dossier dossier, PdfFile pdf) {
        record(
                by,
                dossier,
                AuditAction.ATTACHMENT,
                null,
                List.of(
                        new FieldChange("fileName", null, pdf.filename()),
                        new FieldChange("fileSize", null, FrenchNumbers.format(pdf.size()) + " octets")));
    }
}
