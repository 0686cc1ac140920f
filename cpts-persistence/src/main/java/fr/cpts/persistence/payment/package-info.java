/** The payment ledger in PostgreSQL (JDBC): orders, payments (one per order), frozen by triggers once paid. */
package fr.cpts.persistence.payment;
