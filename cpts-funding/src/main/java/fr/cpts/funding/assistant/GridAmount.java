package fr.cpts.funding.assistant;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.ruleset.Parameter;

/** The amount a grid gives for one contract year, with the French words that name its row. */
record GridAmount(Parameter<Money> amount, String row) {}
