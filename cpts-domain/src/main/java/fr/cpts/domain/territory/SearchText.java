package fr.cpts.domain.territory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared when someone searches them: without accents, in lower case, with hyphens,
 * apostrophes and other punctuation read as spaces. "SAINT-ÉTIENNE", "saint etienne" and "Saint Étienne" all give
 * {@code saint etienne}; "L'Haÿ-les-Roses" gives {@code l hay les roses}; "Œuilly" gives {@code oeuilly}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** The searchable form of a name or of what someone typed; an empty string when nothing searchable is left. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String ligaturesOpened =
                text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        String withoutAccents = MARKS.matcher(Normalizer.normalize(ligaturesOpened, Normalizer.Form.NFD))
                .replaceAll("");
        String lowerCase = withoutAccents.toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(lowerCase).replaceAll(" ").strip();
    }
}
