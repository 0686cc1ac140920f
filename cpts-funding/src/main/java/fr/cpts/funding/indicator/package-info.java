/**
 * Indicators of an ACI mission (indicateurs de résultat) and the amounts they earn at the yearly
 * review: binary (objective reached or not) or in tiers (paliers, e.g. socle / intermédiaire / objectif).
 */
package fr.cpts.funding.indicator;
