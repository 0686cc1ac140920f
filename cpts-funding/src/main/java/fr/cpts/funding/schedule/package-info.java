/**
 * Payment schedule (échéancier) of one ACI contract year: dated payment lines for the functioning
 * amount, the fixed part of each mission (advance and balance, prorated when a mission starts during
 * the year) and the variable part paid after the yearly review.
 */
package fr.cpts.funding.schedule;
