package fr.cpts.persistence.dossier;

import fr.cpts.domain.dossier.DecisionLetter;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.shared.ArchivedDocument;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letters in {@code dossier_decision_letter}, append-only (a trigger refuses any change). The number is
 * the dossier's next one, taken under the dossier's row lock so that two letters of one dossier never share it.
 */
@Repository
@Transactional(readOnly = true)
class JdbcDecisionLetters implements DecisionLetters {

    private final JdbcTemplate jdbc;

    JdbcDecisionLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public DecisionLetter issue(DossierId dossier, String title, ArchivedDocument document) {
        jdbc.queryForObject("select id from dossier where id = ? for update", Long.class, dossier.value());
        Integer number = jdbc.queryForObject(
                """
                insert into dossier_decision_letter (dossier_id, number, title, filename, content, sha256, issued_at)
                select ?, coalesce(max(number), 0) + 1, ?, ?, ?, ?, ? from dossier_decision_letter where dossier_id = ?
                returning number""",
                Integer.class,
                dossier.value(),
                title,
                document.filename(),
                document.content(),
                document.sha256(),
                Timestamp.from(document.generatedAt()),
                dossier.value());
        return new DecisionLetter(
                dossier, number, title, document.filename(), document.sha256(), document.generatedAt());
    }

    @Override
    public List<DecisionLetter> of(DossierId dossier) {
        return jdbc.query(
                "select number, title, filename, sha256, issued_at from dossier_decision_letter where dossier_id = ?"
                        + " order by number",
                (row, n) -> new DecisionLetter(
                        dossier,
                        row.getInt("number"),
                        row.getString("title"),
                        row.getString("filename"),
                        row.getString("sha256"),
                        row.getTimestamp("issued_at").toInstant()),
                dossier.value());
    }

    @Override
    public Optional<ArchivedDocument> document(DossierId dossier, int number) {
        return jdbc
                .query(
                        "select filename, content, sha256, issued_at from dossier_decision_letter"
                                + " where dossier_id = ? and number = ?",
                        (row, n) -> new ArchivedDocument(
                                row.getString("filename"),
                                row.getBytes("content"),
                                row.getString("sha256"),
                                row.getTimestamp("issued_at").toInstant()),
                        dossier.value(),
                        number)
                .stream()
                .findFirst();
    }
}
