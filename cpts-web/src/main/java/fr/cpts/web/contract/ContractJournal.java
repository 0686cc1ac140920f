package fr.cpts.web.contract;

import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.contract.ContractSigned;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The journal of the ACI contract's signatures: each signature becomes one entry (the party, the version, and at
 * the third signature the fingerprint of the PDF issued), at the time it was made, in the transaction of the
 * signature. The demo contracts are journaled by the same listener.
 */
@Component
class ContractJournal {

    private final Audit audit;

    ContractJournal(Audit audit) {
        this.audit = audit;
    }

    @EventListener
    void signed(ContractSigned event) {
        List<FieldChange> changes = new ArrayList<>(List.of(
                new FieldChange("party", null, event.party().label()),
                new FieldChange("version", null, String.valueOf(event.version()))));
        if (event.documentSha256() != null) {
            changes.add(new FieldChange("sha256", null, event.documentSha256()));
        }
        audit.record(event, AuditedEntity.CONTRAT_ACI, event.cpts().value(), AuditAction.SIGNATURE, null, changes);
    }
}
