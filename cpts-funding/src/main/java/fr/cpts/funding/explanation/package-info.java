/**
 * Explanations of computed amounts: a tree of lines naming the rule set, the parameter, the legal
 * reference and the arithmetic behind each amount, in the spirit of an OpenFisca trace.
 */
package fr.cpts.funding.explanation;
