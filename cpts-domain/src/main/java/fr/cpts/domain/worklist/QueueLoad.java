package fr.cpts.domain.worklist;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How much waits in one queue of a scope, and since when: the day its oldest item entered the queue (for payments,
 * the earliest due day).
 */
public record QueueLoad(WorkQueue queue, long count, Optional<LocalDate> oldestOn) {}
