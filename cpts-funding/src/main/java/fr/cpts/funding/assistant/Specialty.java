package fr.cpts.funding.assistant;

import java.util.Objects;

/** A medical specialty (spécialité médicale) as listed in a rule set's priority groups. */
public record Specialty(String code, String label) {

    public Specialty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
