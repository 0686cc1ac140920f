package fr.cpts.domain.shared;

import fr.cpts.domain.money.FrenchNumbers;

/**
 * How long a text a person types may be, by what it is: a reason given for a move or a private comment (a few
 * paragraphs), a message of a dossier's thread (a letter). Longer is refused with the field named, never stored.
 */
public final class TypedText {

    /** A reason for a move (corrections asked, refusal, closing...) or an internal comment. */
    public static final int REASON_MAX = 5_000;
    /** A message between the porteur and the ARS. */
    public static final int MESSAGE_MAX = 20_000;

    private TypedText() {}

    /** The text as typed (null stays null), refused when longer than {@code max} characters. */
    public static String within(String text, String field, int max) {
        if (text != null && text.strip().length() > max) {
            throw new DomainException(field + " : " + FrenchNumbers.format(max) + " caractères au plus ("
                    + FrenchNumbers.format(text.strip().length()) + " saisis).");
        }
        return text;
    }
}
