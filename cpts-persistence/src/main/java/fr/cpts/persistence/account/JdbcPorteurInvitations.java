package fr.cpts.persistence.account;

import fr.cpts.domain.account.PorteurInvitations;
import fr.cpts.domain.cpts.CptsId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The invitations to join a CPTS over {@code porteur_invitation}; a token is used by one conditional update, once. */
@Repository
@Transactional(readOnly = true)
class JdbcPorteurInvitations implements PorteurInvitations {

    private static final String WAITING = "used_at is null and withdrawn_at is null and expires_at > ?";
    private static final RowMapper<Invitation> INVITATION = (row, n) -> new Invitation(
            new CptsId(row.getLong("cpts_id")),
            row.getString("email"),
            row.getString("invited_by"),
            row.getTimestamp("invited_at").toInstant(),
            row.getTimestamp("expires_at").toInstant());

    private final JdbcTemplate jdbc;

    JdbcPorteurInvitations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void issue(Invitation invitation, String tokenHash) {
        jdbc.update(
                """
                insert into porteur_invitation (token_hash, cpts_id, email, invited_by, invited_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""",
                tokenHash,
                invitation.cpts().value(),
                invitation.email(),
                invitation.invitedBy(),
                Timestamp.from(invitation.invitedAt()),
                Timestamp.from(invitation.expiresAt()));
    }

    @Override
    public Optional<Invitation> pending(String tokenHash, Instant now) {
        return jdbc
                .query(
                        "select * from porteur_invitation where token_hash = ? and " + WAITING,
                        INVITATION,
                        tokenHash,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    @Override
    public List<Invitation> waitingOf(CptsId cpts, Instant now) {
        return jdbc.query(
                "select * from porteur_invitation where cpts_id = ? and " + WAITING + " order by invited_at desc",
                INVITATION,
                cpts.value(),
                Timestamp.from(now));
    }

    @Override
    @Transactional
    public boolean use(String tokenHash, String username, Instant now) {
        return jdbc.update(
                        "update porteur_invitation set used_at = ?, used_by = ? where token_hash = ? and " + WAITING,
                        Timestamp.from(now),
                        username,
                        tokenHash,
                        Timestamp.from(now))
                == 1;
    }

    @Override
    @Transactional
    public int withdraw(CptsId cpts, String email, Instant now) {
        return jdbc.update(
                "update porteur_invitation set withdrawn_at = ? where cpts_id = ? and lower(email) = lower(?) and "
                        + WAITING,
                Timestamp.from(now),
                cpts.value(),
                email,
                Timestamp.from(now));
    }
}
