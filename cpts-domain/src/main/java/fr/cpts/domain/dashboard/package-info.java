/**
 * The steering dashboard: what a scope (a CPTS, départements, a région, all of France) counts, each figure read by
 * SQL over the scope ({@link Dashboards}).
 */
package fr.cpts.domain.dashboard;
