package fr.cpts.domain.diagnostic;

import java.util.Objects;

/** A département, a région or France, for which each version's totals are kept. */
public record AreaCode(Kind kind, String code) {

    public static final AreaCode FRANCE = new AreaCode(Kind.FRANCE, "FR");

    public AreaCode {
        Objects.requireNonNull(kind, "type de zone");
        Objects.requireNonNull(code, "code");
    }

    public static AreaCode departement(String code) {
        return new AreaCode(Kind.DEPARTEMENT, code);
    }

    public static AreaCode region(String code) {
        return new AreaCode(Kind.REGION, code);
    }

    /** The kinds of area, with the letter the totals table stores. */
    public enum Kind {
        DEPARTEMENT('D'),
        REGION('R'),
        FRANCE('F');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        public char letter() {
            return letter;
        }

        public static Kind of(char letter) {
            for (Kind kind : values()) {
                if (kind.letter == letter) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Type de zone inconnu : " + letter);
        }
    }
}
