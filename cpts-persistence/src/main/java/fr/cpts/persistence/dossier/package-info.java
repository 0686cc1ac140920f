/** Storage of dossiers (JPA, optimistic locking), their timeline, exchanges, attachments and FIR seed grants. */
package fr.cpts.persistence.dossier;
