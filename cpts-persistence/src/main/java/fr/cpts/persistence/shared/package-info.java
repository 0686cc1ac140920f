/** What every adapter shares: the scope of a person as a SQL predicate. */
package fr.cpts.persistence.shared;
