/**
 * Rule sets (barèmes) as effective-dated data: name, legal reference, period of application,
 * parameter values each with its source note; selection of the rule set in force on a date;
 * the {@link fr.cpts.funding.ruleset.RuleSetSource} port and its classpath JSON implementation.
 */
package fr.cpts.funding.ruleset;
