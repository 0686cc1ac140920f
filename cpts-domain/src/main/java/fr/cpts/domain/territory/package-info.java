/** French administrative geography a CPTS territory is drawn on: régions, départements, communes. */
package fr.cpts.domain.territory;
