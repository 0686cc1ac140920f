/**
 * The CPAM's payment ledger: every line due to a CPTS (the schedule of its ACI contract in force, the balance of a
 * closed yearly review) or to a doctor of its medical-assistant subsidies becomes a payment order. An order is paid
 * at most once and then frozen; when what is due changes, only the unpaid orders are recomputed
 * ({@link PaymentReconciliation}) and a difference with what was paid becomes a regularisation order.
 */
package fr.cpts.domain.payment;
