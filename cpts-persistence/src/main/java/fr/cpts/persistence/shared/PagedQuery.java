package fr.cpts.persistence.shared;

import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * One page of a list read by PostgreSQL: filtered, ordered and paged there, the total of the whole list counted by a
 * window over the same rows, in the same statement. Only a page beyond the last one, which has no row to carry the
 * total, costs a second statement to count.
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
}
