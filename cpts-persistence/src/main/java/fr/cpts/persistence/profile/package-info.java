/** The CPTS profiles port, stored in {@code cpts_profile} and {@code cpts_profile_member}. */
package fr.cpts.persistence.profile;
