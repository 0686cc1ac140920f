package fr.cpts.funding.ruleset;

import java.util.List;

/** The parameter tables of one family of rule sets, able to report their own gaps and contradictions. */
public interface RuleSetParameters {

    /** French warnings for an administrator: unknown values, values that contradict each other. */
    List<String> warnings(String ruleSetName);
}
