/** ACI contracts on PostgreSQL: versions, terms, signatures, issued PDFs and mission progress. */
package fr.cpts.persistence.contract;
