/**
 * CPTS territories on the web: the public JSON API over communes and EPCI, the porteur's « Mon territoire » page,
 * the officers' read-only view of a CPTS and the ARS's coverage (« zones blanches ») page.
 */
package fr.cpts.web.territory;
