/** What waits for whom, each list read by one statement over the live tables (JDBC). */
package fr.cpts.persistence.worklist;
