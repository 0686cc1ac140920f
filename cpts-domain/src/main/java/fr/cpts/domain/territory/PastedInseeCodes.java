package fr.cpts.domain.territory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of INSEE codes someone pasted (from a spreadsheet, a letter, an e-mail): codes separated by spaces, line
 * breaks, commas or semicolons. Well-formed codes are read (each once); anything else is kept as typed, to be
 * listed back.
 */
public record PastedInseeCodes(List<InseeCode> codes, List<String> malformed) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    public PastedInseeCodes {
        codes = List.copyOf(codes);
        malformed = List.copyOf(malformed);
    }

    public static PastedInseeCodes parse(String text) {
        Set<InseeCode> codes = new LinkedHashSet<>();
        Set<String> malformed = new LinkedHashSet<>();
        if (text != null) {
            for (String token : SEPARATORS.split(text.strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                if (InseeCode.isValid(token)) {
                    codes.add(InseeCode.parse(token));
                } else {
                    malformed.add(token.toUpperCase(Locale.ROOT));
                }
            }
        }
        return new PastedInseeCodes(new ArrayList<>(codes), new ArrayList<>(malformed));
    }

    public boolean isEmpty() {
        return codes.isEmpty() && malformed.isEmpty();
    }
}
