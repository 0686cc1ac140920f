package fr.cpts.funding.ruleset;

import fr.cpts.funding.FundingRefusal;

/** No rule set (barème) of the family is in force on the date asked. */
public class NoRuleSetInForce extends FundingRefusal {

    NoRuleSetInForce(String reason) {
        super(reason);
    }
}
