/**
 * The ACI contract (contrat ACI) a CPTS signs with its ARS and its CPAM once its health project is validated: the
 * deadlines of the missions socle counted from signature, the draft (projet de contrat) with its missions, dates,
 * fixed amounts and indicators, the tripartite signature, and the amendments (avenants) that replace the version in
 * force once all three parties have signed them. Plain Java; the funding engine reads these contracts, never the
 * other way round.
 */
package fr.cpts.domain.contract;
