package fr.cpts.persistence.shared;

import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * One page of a list read by PostgreSQL: filtered, ordered and paged there, the total of the whole list counted by a
 * window over the same rows, in the same statement. Only a page beyond the last one, which has no row to carry the
 * total, costs a second statement to count. The same list is also read whole, in the same order, a row at a time as
 * PostgreSQL sends it ({@link #each}), for its exports.
 *
 * @param columns   what each row selects
 * @param fromWhere the {@code from … where …} part, with its {@code ?} placeholders
 * @param orderBy   the ordering, ending with a unique column so that pages never overlap
 * @param arguments the values of the placeholders of {@code fromWhere}, in order
 */
public record PagedQuery(String columns, String fromWhere, String orderBy, List<Object> arguments) {

    public PagedQuery {
        arguments = new ArrayList<>(arguments);
    }

    public <T> Page<T> read(JdbcTemplate jdbc, PageRequest page, RowMapper<T> rows) {
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(page.size());
        paged.add(page.offset());
        long[] total = {0};
        List<T> found = jdbc.query(
                "select " + columns + ", count(*) over () as paged_total " + fromWhere + " order by " + orderBy
                        + " limit ? offset ?",
                (row, n) -> {
                    total[0] = row.getLong("paged_total");
                    return rows.mapRow(row, n);
                },
                paged.toArray());
        if (found.isEmpty() && page.number() > 1) {
            total[0] = jdbc.queryForObject("select count(*) " + fromWhere, Long.class, arguments.toArray());
        }
        return new Page<>(found, page, total[0]);
    }

    /** How many rows PostgreSQL sends at a time when a list is read whole (inside a transaction, as the driver needs). */
    static final int FETCH_SIZE = 500;

    /**
     * Every row of the list, in its order, handed to {@code consumer} as it is read: the driver holds {@value
     * #FETCH_SIZE} rows at a time, never the whole list. Must run inside a transaction (the driver streams only then).
     */
    public <T> void each(JdbcTemplate jdbc, RowMapper<T> rows, Consumer<? super T> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        int[] n = {0};
        streaming.query(
                "select " + columns + " " + fromWhere + " order by " + orderBy,
                row -> {
                    consumer.accept(rows.mapRow(row, n[0]++));
                },
                arguments.toArray());
    }
}
