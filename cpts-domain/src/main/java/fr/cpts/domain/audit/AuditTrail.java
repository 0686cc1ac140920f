package fr.cpts.domain.audit;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.List;

/**
 * The audit trail (repository port, implemented by persistence). Append-only: there is deliberately no way to
 * change or remove an entry.
 */
public interface AuditTrail {

    /** Adds an entry; it is written in the same transaction as the change it describes. */
    void record(AuditEntry entry);

    /** The whole journal of a CPTS, newest first. */
    default List<AuditEntry> ofCpts(CptsId cpts) {
        return ofCpts(cpts, HiddenEntries.NONE);
    }

    /** The journal of a CPTS without the entries hidden from its reader, newest first. */
    List<AuditEntry> ofCpts(CptsId cpts, HiddenEntries hidden);

    /** The same, a page at a time, with the total. */
    Page<AuditEntry> ofCpts(CptsId cpts, HiddenEntries hidden, PageRequest page);
}
