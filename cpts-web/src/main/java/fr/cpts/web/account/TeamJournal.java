package fr.cpts.web.account;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.audit.FieldChange;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.web.audit.Audit;
import fr.cpts.web.audit.AuditAction;
import fr.cpts.web.audit.AuditedEntity;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one journal entry of a porteur arriving in a CPTS's team, whichever way they came: creating the CPTS, joining
 * from an invitation when signed in, or signing up from one.
 */
@Component
public class TeamJournal {

    private final Audit audit;

    TeamJournal(Audit audit) {
        this.audit = audit;
    }

    /** That porteur joined the team of that CPTS (in the caller's transaction). */
    public void joined(Account porteur, CptsId cpts) {
        audit.record(
                porteur,
                cpts,
                AuditedEntity.COMPTE,
                porteur.username(),
                AuditAction.TEAM_JOINED,
                null,
                List.of(new FieldChange("porteur", null, porteur.displayName())));
    }
}
