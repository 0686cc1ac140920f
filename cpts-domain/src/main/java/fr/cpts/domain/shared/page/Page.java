package fr.cpts.domain.shared.page;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list read by the database, with the total it belongs to (« Page 2 sur 17 »). */
public record Page<T>(List<T> rows, PageRequest request, long total) {

    public Page {
        rows = List.copyOf(rows);
        Objects.requireNonNull(request, "page demandée");
    }

    public int number() {
        return request.number();
    }

    /** How many pages the whole list has (at least 1, so an empty list is « Page 1 sur 1 »). */
    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(rows.stream().map(mapper).toList(), request, total);
    }
}
