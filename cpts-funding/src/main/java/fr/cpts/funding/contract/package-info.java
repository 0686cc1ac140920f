/**
 * The bridge between the domain's ACI contract ({@code fr.cpts.domain.contract}) and the funding engine: mapping of
 * the contract's missions and indicators, the check of draft terms against the rule set in force, the 5-year payment
 * schedule of a signed contract, and the payment statement of one contract year (décompte), from the values a yearly
 * review accepted or, as a simulation, from any values. Entry point: {@link fr.cpts.funding.contract.ContractFunding}.
 */
package fr.cpts.funding.contract;
