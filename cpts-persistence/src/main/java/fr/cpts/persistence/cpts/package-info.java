/** Storage of CPTS records. */
package fr.cpts.persistence.cpts;
