package fr.cpts.web.dossier;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.dossier.DossierMoved;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The journal of the instruction cycle: each move of a dossier becomes one entry (who, the reason, the state before
 * and after), in the transaction of the move.
 */
@Component
class DossierJournal {

    private final Audit audit;

    DossierJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void moved(DossierMoved event) {
        audit.record(event, AuditedEntity.of(event.kind()), event.dossier().value(), AuditAction.of(event.move()),
                event.step().reason(),
                List.of(new FieldChange("state", event.step().from().label(), event.step().to().label())));
    }
}
