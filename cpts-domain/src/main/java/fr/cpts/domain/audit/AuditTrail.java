package fr.cpts.domain.audit;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
    default List<AuditEntry> ofCpts(CptsId cpts, HiddenEntries hidden) {
        List<AuditEntry> entries = new ArrayList<>();
        eachOfCpts(cpts, hidden, entries::add);
        return entries;
    }

    /** The same journal, each entry handed over as it is read (its exports). */
    void eachOfCpts(CptsId cpts, HiddenEntries hidden, Consumer<AuditEntry> consumer);

    /** The logins of everyone who acted in the journal of a CPTS (to name them once before reading it). */
    Set<String> actorsOf(CptsId cpts);

    /** The same, a page at a time, with the total. */
    Page<AuditEntry> ofCpts(CptsId cpts, HiddenEntries hidden, PageRequest page);
}
