/**
 * The machinery every state machine of the platform shares: a move table ({@link fr.cpts.domain.shared.lifecycle.Move}
 * and its {@link fr.cpts.domain.shared.lifecycle.MoveRule} rows), the recorded
 * {@link fr.cpts.domain.shared.lifecycle.Step}, and the {@link fr.cpts.domain.shared.lifecycle.Lifecycle} that checks
 * and records moves. The dossier, the yearly review and the subsidy request use it.
 */
package fr.cpts.domain.shared.lifecycle;
