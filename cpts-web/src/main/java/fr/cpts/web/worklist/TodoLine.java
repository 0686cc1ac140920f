package fr.cpts.web.worklist;

/**
 * One line of the porteur's « À faire » list, worded.
 *
 * @param forTheCpts the CPTS has to act (otherwise it waits for the ARS or the CPAM)
 * @param late       its day passed
 * @param text       what to do, in French
 * @param since      « depuis le … » when it waits since a known day, empty otherwise
 * @param reason     the reason the ARS gave, when it sent a dossier back (empty otherwise)
 * @param link       where it is done
 */
public record TodoLine(boolean forTheCpts, boolean late, String text, String since, String reason, String link) {}
