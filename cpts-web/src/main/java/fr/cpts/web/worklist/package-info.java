/**
 * What waits for whom, on each person's home: the porteur's « À faire » list and the officers' « Mon travail »
 * panel, worded from the bundles.
 */
package fr.cpts.web.worklist;
