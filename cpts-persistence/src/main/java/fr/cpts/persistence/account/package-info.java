/** Storage of accounts and their scopes. */
package fr.cpts.persistence.account;
