/**
 * The journal (audit trail) as the application writes and shows it: {@link fr.cpts.web.audit.Audit} records each
 * change in the transaction of the change, the journal pages and exports show a CPTS's journal to its parties.
 */
package fr.cpts.web.audit;
