package fr.cpts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address a list's pagination adds its page number to: the list's filters as query parameters (those without a
 * value left out, values encoded), ending with {@code ?} or {@code &}.
 */
public final class PageLinks {

    private PageLinks() {}

    /** {@code filters}: parameter names and values, in order ({@code "etat", "SUBMITTED", "departement", null}). */
    public static String keeping(Object... filters) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (int i = 0; i + 1 < filters.length; i += 2) {
            Object value = filters[i + 1];
            if (value != null && !value.toString().isBlank()) {
                kept.put(filters[i].toString(), value);
            }
        }
        if (kept.isEmpty()) {
            return "?";
        }
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        kept.forEach(query::queryParam);
        return query.build().encode().toUriString() + "&";
    }
}
