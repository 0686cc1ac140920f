package fr.cpts.domain.dossier;

import java.util.List;

/** What the porteur writes in a dossier; each kind of dossier lists what it still lacks before it can be filed. */
public sealed interface DossierContent permits LetterOfIntent, HealthProject {

    DossierKind kind();

    /** Every item still missing, in French, in the order of the form; empty when the content is complete. */
    List<String> missingItems();

    /** Text kept as typed, without surrounding spaces; never null. */
    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
