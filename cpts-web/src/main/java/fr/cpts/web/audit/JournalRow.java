package fr.cpts.web.audit;

import java.time.Instant;
import java.util.List;

/**
 * One journal entry as the pages and the exports show it, in French: when, who and in which
 * role, what entity, the action, the reason if any, and the fields it changed.
 */
public record JournalRow(
        Instant at, String who, String role, String entity, String action, String reason, List<Change> changes) {

    /** One field the entry changed, with its value before and after (empty when there was none). */
    public record Change(String field, String before, String after) {}
}
