package fr.cpts.domain.dashboard;

import java.math.BigDecimal;

/**
 * The money of a scope, from its payment ledger (signed euros): ordered under contracts and subsidies (every order
 * not cancelled), paid, due in the next 90 days, and late (due before today, not paid).
 */
public record Funds(BigDecimal committed, BigDecimal paid, BigDecimal dueNext90Days, BigDecimal late) {}
