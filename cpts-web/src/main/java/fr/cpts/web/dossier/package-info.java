/**
 * The dossier pages: the porteur writes and files the letter of intent then the health project, the ARS instructs
 * them (comments, messages, opinions, attachments, decisions, FIR seed grant), the CPAM gives its opinions. Every
 * identifier read from an address is checked against the person's scope by {@link fr.cpts.web.dossier.DossierLocator}.
 */
package fr.cpts.web.dossier;
