/** The CPTS record: one association of health professionals, from its letter of intent to its yearly reviews. */
package fr.cpts.domain.cpts;
