package fr.cpts.web.audit;

import java.util.List;

/**
 * One journal entry as the pages and the CSV export show it, in French: date and time (Paris), who and in which
 * role, what entity, the action, the reason if any, and the fields it changed.
 */
public record JournalRow(
        String when, String who, String role, String entity, String action, String reason, List<Change> changes) {

    /** One field the entry changed, with its value before and after (empty when there was none). */
    public record Change(String field, String before, String after) {}
}
