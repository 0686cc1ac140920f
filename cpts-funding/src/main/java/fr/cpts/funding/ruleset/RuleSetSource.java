package fr.cpts.funding.ruleset;

/**
 * Port through which the engine obtains the rule sets of one family. The classpath implementation
 * serves the files shipped with the application; a persistence implementation can serve the versions
 * an administrator edited, without a release.
 */
@FunctionalInterface
public interface RuleSetSource<P extends RuleSetParameters> {

    RuleSets<P> ruleSets();
}
