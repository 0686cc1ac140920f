package fr.cpts.persistence.account;

import fr.cpts.domain.account.SignInFailures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The failed sign-ins in the {@code sign_in_failure} table: one row per key, counted up by one atomic upsert, so
 * that concurrent failures on several instances are all counted.
 */
@Repository
class JdbcSignInFailures implements SignInFailures {

    private static final RowMapper<FailureCount> COUNT = (row, n) -> new FailureCount(
            row.getString("key"),
            row.getInt("failures"),
            row.getTimestamp("last_failure_at").toInstant());

    private final JdbcTemplate jdbc;

    JdbcSignInFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FailureCount record(String key, Instant at, Instant windowStart) {
        return jdbc.queryForObject("""
                insert into sign_in_failure as f (key, failures, last_failure_at) values (?, 1, ?)
                on conflict (key) do update set
                    failures = case when f.last_failure_at > ? then f.failures + 1 else 1 end,
                    last_failure_at = greatest(f.last_failure_at, excluded.last_failure_at)
                returning key, failures, last_failure_at""", COUNT, key, Timestamp.from(at), Timestamp.from(windowStart));
    }

    @Override
    public List<FailureCount> of(Set<String> keys, Instant windowStart) {
        return jdbc.query(
                "select key, failures, last_failure_at from sign_in_failure where key = any(?) and last_failure_at > ?",
                COUNT,
                keys.toArray(String[]::new),
                Timestamp.from(windowStart));
    }

    @Override
    public void forget(String key) {
        jdbc.update("delete from sign_in_failure where key = ?", key);
    }

    @Override
    public int purgeBefore(Instant windowStart) {
        return jdbc.update("delete from sign_in_failure where last_failure_at <= ?", Timestamp.from(windowStart));
    }
}
