/** Storage of the append-only audit trail. */
package fr.cpts.persistence.audit;
