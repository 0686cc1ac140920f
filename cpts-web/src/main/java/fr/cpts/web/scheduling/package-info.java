/** Scheduled jobs, run once across all instances. */
package fr.cpts.web.scheduling;
