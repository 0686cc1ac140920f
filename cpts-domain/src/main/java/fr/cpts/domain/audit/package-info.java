/** The audit trail: who changed what, when and why, field by field, never rewritten. */
package fr.cpts.domain.audit;
