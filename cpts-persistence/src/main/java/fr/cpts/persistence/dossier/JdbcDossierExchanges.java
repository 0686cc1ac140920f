package fr.cpts.persistence.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierMessage;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.dossier.PrivateComment;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchanges port over {@code dossier_comment}, {@code dossier_message}, {@code dossier_opinion} and
 * {@code dossier_attachment}: rows written once (an opinion is answered once), so plain SQL. Attachment bytes are
 * read only by {@link #attachmentContent}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDossierExchanges implements DossierExchanges {

    private static final String ATTACHMENT_COLUMNS =
            "id, dossier_id, message_id, filename, size_bytes, uploaded_username, uploaded_name, uploaded_role, at";

    private static final RowMapper<AttachmentInfo> ATTACHMENT = (row, number) -> new AttachmentInfo(
            row.getLong("id"),
            new DossierId(row.getLong("dossier_id")),
            (Long) row.getObject("message_id"),
            row.getString("filename"),
            row.getLong("size_bytes"),
            ActorColumns.actor(
                    row.getString("uploaded_username"), row.getString("uploaded_name"), row.getString("uploaded_role")),
            instant(row, "at"));

    private static final RowMapper<OpinionRequest> OPINION = (row, number) -> OpinionRequest.restore(
            row.getLong("id"),
            new DossierId(row.getLong("dossier_id")),
            OpinionBody.valueOf(row.getString("body")),
            row.getString("question"),
            ActorColumns.actor(
                    row.getString("requested_username"),
                    row.getString("requested_name"),
                    row.getString("requested_role")),
            instant(row, "requested_at"),
            row.getObject("due_on", LocalDate.class),
            row.getString("answer"),
            row.getString("verdict") == null ? null : OpinionVerdict.valueOf(row.getString("verdict")),
            ActorColumns.actor(
                    row.getString("answered_username"), row.getString("answered_name"), row.getString("answered_role")),
            instant(row, "answered_at"));

    private final JdbcClient jdbc;

    JdbcDossierExchanges(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    @Transactional
    public void addComment(PrivateComment comment) {
        jdbc.sql("""
                        insert into dossier_comment (dossier_id, author_username, author_name, author_role, at, text)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        comment.dossier().value(),
                        comment.author().username(),
                        comment.author().displayName(),
                        comment.author().role().name(),
                        Timestamp.from(comment.at()),
                        comment.text())
                .update();
    }

    @Override
    public List<PrivateComment> comments(DossierId dossier) {
        return jdbc.sql("select * from dossier_comment where dossier_id = ? order by at, id")
                .param(dossier.value())
                .query((row, number) -> new PrivateComment(
                        dossier,
                        ActorColumns.actor(
                                row.getString("author_username"),
                                row.getString("author_name"),
                                row.getString("author_role")),
                        instant(row, "at"),
                        row.getString("text")))
                .list();
    }

    @Override
    @Transactional
    public DossierMessage addMessage(DossierMessage message, List<PdfFile> attachments) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into dossier_message (dossier_id, author_username, author_name, author_role, at, text)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        message.dossier().value(),
                        message.author().username(),
                        message.author().displayName(),
                        message.author().role().name(),
                        Timestamp.from(message.at()),
                        message.text())
                .update(key, "id");
        long id = key.getKey().longValue();
        List<AttachmentInfo> stored = attachments.stream()
                .map(file -> insertAttachment(message.dossier(), id, file, message.author(), message.at()))
                .toList();
        return new DossierMessage(id, message.dossier(), message.author(), message.at(), message.text(), stored);
    }

    @Override
    public List<DossierMessage> messages(DossierId dossier) {
        Map<Long, List<AttachmentInfo>> attachments = jdbc
                .sql("select " + ATTACHMENT_COLUMNS
                        + " from dossier_attachment where dossier_id = ? and message_id is not null order by at, id")
                .param(dossier.value())
                .query(ATTACHMENT)
                .list()
                .stream()
                .collect(Collectors.groupingBy(AttachmentInfo::message));
        return jdbc.sql("select * from dossier_message where dossier_id = ? order by at, id")
                .param(dossier.value())
                .query((row, number) -> new DossierMessage(
                        row.getLong("id"),
                        dossier,
                        ActorColumns.actor(
                                row.getString("author_username"),
                                row.getString("author_name"),
                                row.getString("author_role")),
                        instant(row, "at"),
                        row.getString("text"),
                        attachments.getOrDefault(row.getLong("id"), List.of())))
                .list();
    }

    @Override
    @Transactional
    public OpinionRequest saveOpinion(OpinionRequest request) {
        if (request.id().isEmpty()) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into dossier_opinion (dossier_id, body, question, requested_username, requested_name,
                                                         requested_role, requested_at, due_on)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            request.dossier().value(),
                            request.body().name(),
                            request.question(),
                            request.requestedBy().username(),
                            request.requestedBy().displayName(),
                            request.requestedBy().role().name(),
                            Timestamp.from(request.requestedAt()),
                            request.dueOn().orElse(null))
                    .update(key, "id");
            return opinion(key.getKey().longValue()).orElseThrow();
        }
        Actor by = request.answeredBy().orElseThrow();
        // answered once: the second of two people answering at the same time is told so
        int updated = jdbc.sql("""
                        update dossier_opinion
                        set answer = ?, verdict = ?, answered_username = ?, answered_name = ?, answered_role = ?,
                            answered_at = ?
                        where id = ? and answer is null""")
                .params(
                        request.answer().orElseThrow(),
                        request.verdict().map(Enum::name).orElse(null),
                        by.username(),
                        by.displayName(),
                        by.role().name(),
                        Timestamp.from(request.answeredAt().orElseThrow()),
                        request.id().get())
                .update();
        if (updated == 0) {
            throw new DomainException("Cet avis a déjà été enregistré par une autre personne.");
        }
        return opinion(request.id().get()).orElseThrow();
    }

    @Override
    public Optional<OpinionRequest> opinion(long id) {
        return jdbc.sql("select * from dossier_opinion where id = ?")
                .param(id)
                .query(OPINION)
                .optional();
    }

    @Override
    public List<OpinionRequest> opinionsOf(DossierId dossier) {
        return jdbc.sql("select * from dossier_opinion where dossier_id = ? order by requested_at, id")
                .param(dossier.value())
                .query(OPINION)
                .list();
    }

    @Override
    @Transactional
    public AttachmentInfo attach(DossierId dossier, PdfFile file, Actor by, Instant at) {
        return insertAttachment(dossier, null, file, by, at);
    }

    @Override
    public List<AttachmentInfo> attachmentsOf(DossierId dossier) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS
                        + " from dossier_attachment where dossier_id = ? and message_id is null order by at, id")
                .param(dossier.value())
                .query(ATTACHMENT)
                .list();
    }

    @Override
    public Optional<AttachmentInfo> attachment(long id) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from dossier_attachment where id = ?")
                .param(id)
                .query(ATTACHMENT)
                .optional();
    }

    @Override
    public Optional<PdfFile> attachmentContent(long id) {
        return jdbc.sql("select filename, content from dossier_attachment where id = ?")
                .param(id)
                .query((row, number) -> new PdfFile(row.getString("filename"), row.getBytes("content")))
                .optional();
    }

    private AttachmentInfo insertAttachment(DossierId dossier, Long message, PdfFile file, Actor by, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into dossier_attachment (dossier_id, message_id, filename, size_bytes, content,
                                                        uploaded_username, uploaded_name, uploaded_role, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        dossier.value(),
                        message,
                        file.filename(),
                        file.size(),
                        file.content(),
                        by.username(),
                        by.displayName(),
                        by.role().name(),
                        Timestamp.from(at))
                .update(key, "id");
        return new AttachmentInfo(key.getKey().longValue(), dossier, message, file.filename(), file.size(), by, at);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
