/**
 * The missions a CPTS may take on under the Accord Conventionnel Interprofessionnel (ACI).
 */
package fr.cpts.domain.mission;
