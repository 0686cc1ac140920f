/**
 * The ACI contract of a CPTS (contrat tripartite CPTS, ARS, CPAM): population brackets (tranches),
 * functioning amount, ceilings of the bracket, negotiated missions, variable part from the yearly
 * review, and the simulation of one contract year.
 */
package fr.cpts.funding.aci;
