/**
 * The funding engine of the platform: ACI rule sets as effective-dated data, population brackets,
 * contract ceilings, variable parts, payment schedules and medical-assistant subsidies, every amount
 * with its explanation. Plain Java: no Spring, no persistence, no servlet.
 */
package fr.cpts.funding;
