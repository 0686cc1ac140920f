package fr.cpts.domain.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The field-level difference between two versions of a record (a dossier's content, a profile...). */
public final class FieldChanges {

    private FieldChanges() {
    }

    /**
     * The components whose value differs between {@code before} and {@code after} (two instances of the same record
     * type; {@code before} null for a creation), each value written with {@code toString}.
     */
    public static List<FieldChange> between(Record before, Record after) {
        Objects.requireNonNull(after, "après");
        if (before != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Comparaison de deux types différents : " + before.getClass().getSimpleName()
                    + " et " + after.getClass().getSimpleName());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            String old = before == null ? null : text(valueOf(component, before));
            String now = text(valueOf(component, after));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(component.getName(), old, now));
            }
        }
        return changes;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Champ illisible : " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
