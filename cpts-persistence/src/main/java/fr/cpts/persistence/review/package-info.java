/** Yearly reviews on PostgreSQL: declarations, assessments, history, evidence and payment statements. */
package fr.cpts.persistence.review;
