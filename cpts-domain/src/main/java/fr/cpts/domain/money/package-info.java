/**
 * Money in euros: amounts of the ACI contract, of the medical-assistant subsidy and of every payment,
 * held as {@link java.math.BigDecimal} with two decimals (never {@code double}).
 */
package fr.cpts.domain.money;
