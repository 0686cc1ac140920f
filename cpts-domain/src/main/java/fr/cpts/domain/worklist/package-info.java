/**
 * What waits for whom, computed from the live objects: the porteur's « À faire » list ({@link PorteurTodo}, from the
 * {@link PorteurSituation} of its CPTS) and the officers' « Mon travail » queues ({@link QueueLoad}), both read by
 * {@link Worklists}.
 */
package fr.cpts.domain.worklist;
