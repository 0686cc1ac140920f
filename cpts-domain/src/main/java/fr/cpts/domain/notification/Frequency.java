package fr.cpts.domain.notification;

/** How a person is mailed about one kind of notification; every notification is in the platform anyway. */
public enum Frequency {
    IMMEDIATE("Immédiatement"),
    DAILY_DIGEST("Résumé quotidien (à 8 h)"),
    NO_MAIL("Pas de courriel");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Until a person chooses, they are mailed at once. */
    public static final Frequency DEFAULT = IMMEDIATE;
}
