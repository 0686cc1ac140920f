/**
 * The dossiers a CPTS files with its ARS: the letter of intent (lettre d'intention) and the health project (projet
 * de santé), their instruction cycle (deposit, instruction, corrections, decision) with its timeline, and what
 * surrounds the instruction: private comments, messages, opinions (avis) of the URPS or the CPAM, PDF attachments
 * and the FIR seed grant (subvention d'amorçage).
 */
package fr.cpts.domain.dossier;
