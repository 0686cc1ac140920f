/**
 * The territorial diagnostic on pages: the public {@code /diagnostic} for any list of communes or EPCI, the
 * diagnostic of a CPTS's territory, and the import of data sets by an administrator or an ARS référent.
 */
package fr.cpts.web.diagnostic;
