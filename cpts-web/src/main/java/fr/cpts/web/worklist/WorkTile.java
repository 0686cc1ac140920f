package fr.cpts.web.worklist;

import fr.cpts.domain.worklist.WorkQueue;

/**
 * One tile of an officer's « Mon travail » panel.
 *
 * @param queue  the queue
 * @param count  how many items wait in it
 * @param oldest how long its oldest item waits, in French (empty when the queue is empty or no day is known)
 * @param link   the list, filtered to these items
 */
public record WorkTile(WorkQueue queue, long count, String oldest, String link) {}
