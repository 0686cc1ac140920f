/** CPTS records as each role sees them. */
package fr.cpts.web.cpts;
