package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;

/** Checks of the texts a person types in the profile. */
final class Text {

    private Text() {}

    /** The text without surrounding spaces; refused when empty or longer than {@code max}. */
    static String required(String text, String what, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new DomainException(what + " est obligatoire.");
        }
        if (stripped.length() > max) {
            throw new DomainException(what + " ne peut pas dépasser " + max + " caractères.");
        }
        return stripped;
    }
}
