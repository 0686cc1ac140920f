/** Building blocks shared by every feature of the CPTS model. */
package fr.cpts.domain.shared;
