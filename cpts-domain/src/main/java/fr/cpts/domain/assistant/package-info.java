/**
 * Medical-assistant subsidy requests (demandes d'aide à l'emploi d'un assistant médical) filed through a CPTS: the
 * porteur files a request for a member doctor, the CPAM of the CPTS's département accepts or refuses it. The request
 * carries what the funding engine needs to check the doctor's eligibility and compute the yearly amounts; the
 * lifecycle (brouillon, déposée, acceptée, refusée) lives in {@link fr.cpts.domain.assistant.AssistantSubsidyRequest}.
 */
package fr.cpts.domain.assistant;
