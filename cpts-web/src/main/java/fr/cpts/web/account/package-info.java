/** Creating the accounts of the platform, each creation journaled. */
package fr.cpts.web.account;
