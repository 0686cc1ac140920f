package fr.cpts.web.assistant;

/** Reading what the request pages post besides the form itself. */
final class AssistantRequestForms {

    private AssistantRequestForms() {
    }

    /** The version a page was read at; an unreadable one counts as a version no request has (a conflict). */
    static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
