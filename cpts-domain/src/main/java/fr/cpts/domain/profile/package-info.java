/** The CPTS profile (fiche CPTS): legal form, address, coordinator and members. */
package fr.cpts.domain.profile;
