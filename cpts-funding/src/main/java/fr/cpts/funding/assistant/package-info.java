/**
 * The medical-assistant subsidy (aide à l'emploi d'un assistant médical, volet 3 du forfait structure)
 * paid by the Assurance Maladie to the employing doctor: yearly amounts by option and contract year,
 * and the eligibility criteria.
 */
package fr.cpts.funding.assistant;
