package fr.cpts.persistence.mail;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.mail.MailState;
import fr.cpts.domain.mail.OutgoingMail;
import fr.cpts.domain.mail.QueuedMail;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox over {@code mail_outbox}. A mail is queued in the caller's transaction (it is committed, or rolled back,
 * with the change that caused it); the delivery job claims the due ones with {@code for update skip locked}, so two
 * instances never deliver the same mail.
 */
@Repository
@Transactional(readOnly = true)
class JdbcMailOutbox implements MailOutbox {

    private static final String COLUMNS =
            "m.id, m.recipient, m.subject, m.body, m.queued_at, m.state, m.attempts, m.delivered_at, m.last_error";

    private static final RowMapper<QueuedMail> MAIL = (row, n) -> new QueuedMail(
            row.getLong("id"),
            new OutgoingMail(row.getString("recipient"), row.getString("subject"), row.getString("body")),
            row.getTimestamp("queued_at").toInstant(),
            MailState.valueOf(row.getString("state")),
            row.getInt("attempts"),
            Optional.ofNullable(row.getTimestamp("delivered_at")).map(Timestamp::toInstant),
            Optional.ofNullable(row.getString("last_error")));

    private final JdbcTemplate jdbc;

    JdbcMailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(OutgoingMail mail, Instant at) {
        jdbc.update(
                "insert into mail_outbox (recipient, subject, body, queued_at, next_attempt_at) values (?, ?, ?, ?, ?)",
                mail.recipient(),
                mail.subject(),
                mail.body(),
                Timestamp.from(at),
                Timestamp.from(at));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueAll(List<OutgoingMail> mails, Instant at) {
        if (mails.isEmpty()) {
            return;
        }
        jdbc.update(
                """
                insert into mail_outbox (recipient, subject, body, queued_at, next_attempt_at)
                select queued.recipient, queued.subject, queued.body, ?, ?
                from unnest(?::text[], ?::text[], ?::text[]) as queued (recipient, subject, body)""",
                Timestamp.from(at),
                Timestamp.from(at),
                mails.stream().map(OutgoingMail::recipient).toArray(String[]::new),
                mails.stream().map(OutgoingMail::subject).toArray(String[]::new),
                mails.stream().map(OutgoingMail::body).toArray(String[]::new));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<QueuedMail> claimDue(Instant now, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from mail_outbox m where m.state = 'QUEUED' and m.next_attempt_at <= ? "
                        + "order by m.next_attempt_at, m.id limit ? for update skip locked",
                MAIL,
                Timestamp.from(now),
                limit);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void delivered(long id, MailState state, Instant at) {
        jdbc.update(
                "update mail_outbox set state = ?, delivered_at = ?, attempts = attempts + 1 where id = ?",
                state.name(),
                Timestamp.from(at),
                id);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(long id, String error, Optional<Instant> retryAt) {
        jdbc.update(
                "update mail_outbox set attempts = attempts + 1, last_error = ?, state = ?, "
                        + "next_attempt_at = coalesce(?, next_attempt_at) where id = ?",
                error,
                retryAt.isPresent() ? MailState.QUEUED.name() : MailState.FAILED.name(),
                retryAt.map(Timestamp::from).orElse(null),
                id);
    }

    @Override
    public Page<QueuedMail> listed(PageRequest page) {
        return new PagedQuery(COLUMNS, "from mail_outbox m", "m.queued_at desc, m.id desc", List.of())
                .read(jdbc, page, MAIL);
    }
}
