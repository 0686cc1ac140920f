package fr.cpts.web;

/**
 * The version a page was read at, as its form sends it back (optimistic locking of the yearly reviews and of the
 * subsidy requests).
 */
public final class FormVersions {

    private FormVersions() {}

    /** The version typed; missing or unreadable counts as a version nothing has (an outdated one: a conflict). */
    public static long read(String typed) {
        try {
            return typed == null ? -1 : Long.parseLong(typed.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
