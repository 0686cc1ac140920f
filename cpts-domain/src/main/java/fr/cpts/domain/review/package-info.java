/**
 * The yearly review of an ACI contract (revue annuelle / bilan annuel): the CPTS declares the value of each indicator
 * of the contract, the CPAM officer accepts or adjusts each one, may send the declaration back for corrections, and
 * closes the review; the accepted values then feed the computation of the variable part by the funding engine.
 */
package fr.cpts.domain.review;
