/** Storage of the medical-assistant subsidy requests and their timeline (tables {@code assistant_subsidy_request*}). */
package fr.cpts.persistence.assistant;
