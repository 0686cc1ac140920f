package fr.cpts.domain.audit;

import java.util.Objects;

/** One field an action changed: its name and its value before and after (null where there was none). */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "champ");
    }
}
