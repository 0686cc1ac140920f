package fr.cpts.persistence.account;

import fr.cpts.domain.account.PasswordResets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The password-reset links over {@code password_reset}; a token is used by one conditional update, once. */
@Repository
@Transactional(readOnly = true)
class JdbcPasswordResets implements PasswordResets {

    private final JdbcTemplate jdbc;

    JdbcPasswordResets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void issue(String username, String tokenHash, Instant requestedAt, Instant expiresAt) {
        jdbc.update(
                "insert into password_reset (token_hash, username, requested_at, expires_at) values (?, ?, ?, ?)",
                tokenHash,
                username,
                Timestamp.from(requestedAt),
                Timestamp.from(expiresAt));
    }

    @Override
    public int issuedSince(String username, Instant since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from password_reset where lower(username) = lower(?) and requested_at >= ?",
                Integer.class,
                username,
                Timestamp.from(since));
        return count == null ? 0 : count;
    }

    @Override
    public Optional<String> usernameFor(String tokenHash, Instant now) {
        return jdbc
                .query(
                        "select username from password_reset where token_hash = ? and used_at is null "
                                + "and expires_at > ?",
                        (row, n) -> row.getString("username"),
                        tokenHash,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public boolean use(String tokenHash, Instant now) {
        return jdbc.update(
                        "update password_reset set used_at = ? where token_hash = ? and used_at is null "
                                + "and expires_at > ?",
                        Timestamp.from(now),
                        tokenHash,
                        Timestamp.from(now))
                == 1;
    }
}
