package fr.cpts.persistence.account;

import fr.cpts.domain.account.HealthProfession;
import fr.cpts.domain.account.SignUp;
import fr.cpts.domain.account.SignUps;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sign-ups waiting for verification over {@code sign_up}; a token is used by one conditional update, once. */
@Repository
@Transactional(readOnly = true)
class JdbcSignUps implements SignUps {

    private final JdbcTemplate jdbc;

    JdbcSignUps(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(Pending pending, String tokenHash, Instant expiresAt) {
        SignUp signUp = pending.signUp();
        jdbc.update(
                """
                insert into sign_up (token_hash, email, first_name, last_name, profession, rpps, password_hash,
                                     invitation_hash, requested_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tokenHash,
                signUp.email(),
                signUp.firstName(),
                signUp.lastName(),
                signUp.profession().name(),
                signUp.rpps().orElse(null),
                pending.passwordHash(),
                pending.invitationHash().orElse(null),
                Timestamp.from(pending.requestedAt()),
                Timestamp.from(expiresAt));
    }

    @Override
    public int requestedSince(String email, Instant since) {
        Integer count = jdbc.queryForObject(
                "select count(*) from sign_up where lower(email) = lower(?) and requested_at >= ?",
                Integer.class,
                email,
                Timestamp.from(since));
        return count == null ? 0 : count;
    }

    @Override
    public Optional<Pending> pending(String tokenHash, Instant now) {
        return jdbc
                .query(
                        "select * from sign_up where token_hash = ? and used_at is null and expires_at > ?",
                        (row, n) -> new Pending(
                                new SignUp(
                                        row.getString("email"),
                                        row.getString("first_name"),
                                        row.getString("last_name"),
                                        HealthProfession.valueOf(row.getString("profession")),
                                        Optional.ofNullable(row.getString("rpps"))),
                                row.getString("password_hash"),
                                Optional.ofNullable(row.getString("invitation_hash")),
                                row.getTimestamp("requested_at").toInstant()),
                        tokenHash,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public boolean use(String tokenHash, Instant now) {
        return jdbc.update(
                        "update sign_up set used_at = ? where token_hash = ? and used_at is null and expires_at > ?",
                        Timestamp.from(now),
                        tokenHash,
                        Timestamp.from(now))
                == 1;
    }
}
