/** The territorial diagnostic's catalogue, data versions and totals over PostgreSQL. */
package fr.cpts.persistence.diagnostic;
