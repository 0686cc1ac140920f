package fr.cpts.domain.dossier;

/** What an opinion concludes (sens de l'avis), beside its text. */
public enum OpinionVerdict {
    FAVOURABLE("Favorable"),
    RESERVED("Favorable avec réserves"),
    UNFAVOURABLE("Défavorable");

    private final String label;

    OpinionVerdict(String label) {
        this.label = label;
    }

    /** French, as shown and written in the journal. */
    public String label() {
        return label;
    }
}
