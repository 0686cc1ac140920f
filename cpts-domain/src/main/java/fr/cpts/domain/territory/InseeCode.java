package fr.cpts.domain.territory;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * INSEE code of a commune (code officiel géographique): five characters, digits except for Corsica where the
 * département part is {@code 2A} or {@code 2B} (e.g. {@code 33063} Bordeaux, {@code 2A004} Ajaccio,
 * {@code 97120} Pointe-à-Pitre). Codes starting with {@code 97} or {@code 98} are overseas.
 */
public record InseeCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,5}|2[AB]\\d{0,3}");

    public InseeCode {
        Objects.requireNonNull(value, "code INSEE");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Code INSEE de commune invalide : « " + value
                    + " » (cinq chiffres attendus, ou 2A/2B suivi de trois chiffres pour la Corse)");
        }
    }

    /** Reads a code typed by someone: surrounding spaces are ignored and {@code 2a} is read as {@code 2A}. */
    public static InseeCode parse(String text) {
        Objects.requireNonNull(text, "code INSEE");
        return new InseeCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the text is a well-formed INSEE code of a commune (as {@link #parse} reads it). */
    public static boolean isValid(String text) {
        return text != null
                && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * Whether the text can be the beginning of an INSEE code ({@code 3}, {@code 330}, {@code 2a}, {@code 97120}):
     * a search for such a text is a search by code, never by name (no commune name starts with a digit).
     */
    public static boolean isPrefix(String text) {
        return text != null
                && PREFIX.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** Overseas: départements and régions d'outre-mer (971 to 976) and collectivités d'outre-mer (975, 977, 98x). */
    public boolean isOverseas() {
        return value.startsWith("97") || value.startsWith("98");
    }

    /** The code of the département the code names: {@code 33} for {@code 33063}, {@code 971} for {@code 97120}. */
    public String departementPart() {
        return isOverseas() ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
