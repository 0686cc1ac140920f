/** The CPTS profile (fiche CPTS) on the web: edited by the CPTS's porteurs, read by officers of its scope. */
package fr.cpts.web.profile;
