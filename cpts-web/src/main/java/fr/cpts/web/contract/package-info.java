/**
 * The ACI contract as its three parties work on it: drafting from the validated health project, the tripartite
 * signature and its archived PDF, amendments, the payment schedule, mission deadlines and the what-if simulation.
 */
package fr.cpts.web.contract;
