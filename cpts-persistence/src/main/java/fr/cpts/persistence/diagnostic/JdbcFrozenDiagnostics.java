package fr.cpts.persistence.diagnostic;

import fr.cpts.domain.diagnostic.DiagnosticTable;
import fr.cpts.domain.diagnostic.FrozenDiagnostic;
import fr.cpts.domain.diagnostic.FrozenDiagnostics;
import fr.cpts.domain.dossier.DossierId;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The frozen diagnostics of dossiers, one JSON document per dossier. */
@Repository
@Transactional(readOnly = true)
class JdbcFrozenDiagnostics implements FrozenDiagnostics {

    private final JdbcTemplate jdbc;

    JdbcFrozenDiagnostics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void freeze(DossierId dossier, DiagnosticTable table) {
        jdbc.update(
                "insert into dossier_diagnostic (dossier_id, frozen_at, content, figures) "
                        + "values (?, ?, ?::jsonb, ?::jsonb) on conflict (dossier_id) do update set "
                        + "frozen_at = excluded.frozen_at, content = excluded.content, figures = excluded.figures",
                dossier.value(),
                Timestamp.from(table.computedAt()),
                DiagnosticTableJson.write(table),
                DiagnosticTableJson.territoryFigures(table));
    }

    @Override
    public Optional<FrozenDiagnostic> of(DossierId dossier) {
        return jdbc
                .query(
                        "select content::text as content, comment, commented_by, commented_at "
                                + "from dossier_diagnostic where dossier_id = ?",
                        (rs, row) -> new FrozenDiagnostic(
                                DiagnosticTableJson.read(rs.getString("content")),
                                rs.getString("comment") == null
                                        ? Optional.empty()
                                        : Optional.of(new FrozenDiagnostic.Comment(
                                                rs.getString("comment"),
                                                rs.getString("commented_by"),
                                                rs.getTimestamp("commented_at").toInstant()))),
                        dossier.value())
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public boolean comment(DossierId dossier, Optional<FrozenDiagnostic.Comment> comment) {
        return jdbc.update(
                        "update dossier_diagnostic set comment = ?, commented_by = ?, commented_at = ? "
                                + "where dossier_id = ?",
                        comment.map(FrozenDiagnostic.Comment::text).orElse(null),
                        comment.map(FrozenDiagnostic.Comment::by).orElse(null),
                        comment.map(found -> Timestamp.from(found.at())).orElse(null),
                        dossier.value())
                == 1;
    }
}
