package fr.cpts.web.errors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/** The field of a JSON body that could not be read, written like the API's field names ({@code missions[0].startDate}). */
final class JsonPaths {

    private JsonPaths() {}

    /** The path of the value Jackson could not read, or {@code null} when the body itself is not JSON. */
    static String of(HttpMessageNotReadableException unreadable) {
        if (!(unreadable.getCause() instanceof JacksonException jackson)
                || jackson.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
