package fr.cpts.domain.shared;

import java.util.regex.Pattern;

/** What the platform takes for a mail address: one « @ », a dotted domain, no space, at most 320 characters. */
public final class EmailAddress {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {}

    public static boolean isValid(String text) {
        return text != null && text.length() <= 320 && FORMAT.matcher(text).matches();
    }
}
