/** Paging of the lists the database reads: the page asked, and one page of rows with its total. */
package fr.cpts.domain.shared.page;
