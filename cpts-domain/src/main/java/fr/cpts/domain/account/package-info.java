/** Who signs in, with which role, and over which part of the country (scope). */
package fr.cpts.domain.account;
