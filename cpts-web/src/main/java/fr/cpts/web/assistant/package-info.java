/**
 * Medical-assistant subsidy requests (aide à l'emploi d'un assistant médical) filed through the CPTS: the porteur
 * writes and files a request for a member doctor ({@code /porteur/assistants-medicaux}), the CPAM of the CPTS's
 * département accepts or refuses it ({@code /cpam/assistants-medicaux}), the ARS of the région reads them
 * ({@code /ars/assistants-medicaux}). Eligibility and the 5-year schedule come from the funding engine
 * ({@code fr.cpts.funding.assistant}).
 */
package fr.cpts.web.assistant;
