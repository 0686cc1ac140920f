/** The public JSON API over the communes reference data ({@code /api/v1/communes}). */
package fr.cpts.web.territory;
