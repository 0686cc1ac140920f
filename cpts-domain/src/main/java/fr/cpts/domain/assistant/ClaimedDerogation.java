package fr.cpts.domain.assistant;

/** A situation the request claims, which the rules may treat as an exception to one eligibility criterion. */
public enum ClaimedDerogation {
    /** Newly installed on the territory (primo-installé): the activity objective is to maintain it. */
    NEW_INSTALLATION,
    /** Recognised as disabled (RQTH) or with a long-term illness affecting activity: the caisse decides. */
    DISABILITY_OR_LONG_TERM_ILLNESS,
    /** The same assistant shared between doctors: an exception to grouped practice. */
    SHARED_ASSISTANT
}
