package fr.cpts.domain.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The field-level difference between two versions of a record (a dossier's content, a profile...). Nested records
 * and maps are compared field by field and key by key, named with dots ({@code address.city},
 * {@code orientations.PREVENTION}); an empty {@link Optional} counts as no value; maps are read in key order, so the
 * same content always gives the same text.
 */
public final class FieldChanges {

    private FieldChanges() {}

    /**
     * The fields whose value differs between {@code before} and {@code after} (two instances of the same record
     * type; {@code before} null for a creation), each value written with {@code toString}.
     */
    public static List<FieldChange> between(Record before, Record after) {
        Objects.requireNonNull(after, "après");
        if (before != null && before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("Comparaison de deux types différents : "
                    + before.getClass().getSimpleName() + " et "
                    + after.getClass().getSimpleName());
        }
        Map<String, String> old = new LinkedHashMap<>();
        if (before != null) {
            flatten("", before, old);
        }
        Map<String, String> now = new LinkedHashMap<>();
        flatten("", after, now);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field))) {
                changes.add(new FieldChange(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    private static void flatten(String prefix, Record record, Map<String, String> into) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            flattenValue(prefix + component.getName(), valueOf(component, record), into);
        }
    }

    private static void flattenValue(String field, Object value, Map<String, String> into) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain instanceof Record nested) {
            flatten(field + ".", nested, into);
        } else if (plain instanceof Map<?, ?> map) {
            sorted(map).forEach((key, entry) -> flattenValue(field + "." + key, entry, into));
        } else {
            into.put(field, text(plain));
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> map) {
        Map<String, Object> byKey = new TreeMap<>();
        List<Object> keys = new ArrayList<>(map.keySet());
        if (keys.stream().allMatch(key -> key instanceof Comparable<?>)) {
            keys.sort((a, b) -> compare(a, b));
            Map<String, Object> ordered = new LinkedHashMap<>();
            keys.forEach(key -> ordered.put(String.valueOf(key), map.get(key)));
            return ordered;
        }
        map.forEach((key, value) -> byKey.put(String.valueOf(key), value));
        return byKey;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Champ illisible : " + component.getName(), e);
        }
    }

    /** A value as the journal shows it; a list or set of records lists each one's values. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(FieldChanges::element).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    private static String element(Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                String part = element(valueOf(component, record));
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            return String.join(" — ", parts);
        }
        return plain == null ? "" : plain.toString();
    }
}
