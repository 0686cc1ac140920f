package fr.cpts.funding.ruleset;

/** Reads the {@code parameters} object of a rule-set file into the parameter tables of one family. */
@FunctionalInterface
public interface ParametersReader<P extends RuleSetParameters> {

    P read(RuleSetNode parameters);
}
