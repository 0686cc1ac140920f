/**
 * The site's own pages every State service publishes, linked from the footer: legal notice, personal data, cookies,
 * accessibility statement (RGAA) and site map.
 */
package fr.cpts.web.site;
