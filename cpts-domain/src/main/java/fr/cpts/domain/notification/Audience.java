package fr.cpts.domain.notification;

/**
 * Whom a notification about a CPTS reaches: its porteurs, or the officers whose scope covers it (the ARS of its
 * région, the CPAM of its département), never anyone outside that scope.
 */
public enum Audience {
    PORTEURS,
    ARS,
    CPAM,
    /** The ARS of the région and the CPAM of the département. */
    OFFICERS
}
