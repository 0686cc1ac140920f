package fr.cpts.persistence.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.IndicatorAssessment;
import fr.cpts.domain.review.IndicatorDeclaration;
import fr.cpts.domain.review.ReviewConflict;
import fr.cpts.domain.review.ReviewEvidence;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.shared.lifecycle.Step;
import fr.cpts.persistence.database.Decimals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly reviews port on PostgreSQL: one row per CPTS and contract year, its indicators in the contract's order,
 * its history only ever appended to. The database refuses any change to a closed review.
 */
@Repository
@Transactional(readOnly = true)
class JdbcYearlyReviews implements YearlyReviews {

    private final JdbcTemplate jdbc;

    JdbcYearlyReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VersionedReview> of(CptsId cpts, int contractYear) {
        return read("r.cpts_id = ? and r.contract_year = ?", cpts.value(), contractYear).stream().findFirst();
    }

    @Override
    public List<VersionedReview> ofCpts(Collection<CptsId> cpts) {
        if (cpts.isEmpty()) {
            return List.of();
        }
        return read("r.cpts_id = any(?)", (Object) cpts.stream().map(CptsId::value).toArray(Long[]::new));
    }

    private List<VersionedReview> read(String where, Object... arguments) {
        Map<Long, List<IndicatorRow>> indicators = new LinkedHashMap<>();
        jdbc.query("select i.* from yearly_review_indicator i join yearly_review r on r.id = i.review_id where "
                + where + " order by i.review_id, i.position", row -> {
            indicators.computeIfAbsent(row.getLong("review_id"), id -> new ArrayList<>()).add(IndicatorRow.of(row));
        }, arguments);
        Map<Long, List<Step<ReviewMove, ReviewState>>> timelines = new LinkedHashMap<>();
        jdbc.query("select t.* from yearly_review_transition t join yearly_review r on r.id = t.review_id where "
                + where + " order by t.review_id, t.position", row -> {
            timelines.computeIfAbsent(row.getLong("review_id"), id -> new ArrayList<>()).add(new Step<>(
                    ReviewMove.valueOf(row.getString("move")), ReviewState.valueOf(row.getString("from_state")),
                    ReviewState.valueOf(row.getString("to_state")), actor(row),
                    row.getTimestamp("at").toInstant(), row.getString("indicator"), row.getString("reason")));
        }, arguments);
        return jdbc.query("select r.* from yearly_review r where " + where + " order by r.cpts_id, r.contract_year",
                (row, n) -> {
                    long id = row.getLong("id");
                    List<IndicatorRow> rows = indicators.getOrDefault(id, List.of());
                    Map<String, IndicatorDeclaration> declarations = new LinkedHashMap<>();
                    Map<String, IndicatorAssessment> assessments = new LinkedHashMap<>();
                    for (IndicatorRow indicator : rows) {
                        if (indicator.declared() != null) {
                            declarations.put(indicator.name(), indicator.declared());
                        }
                        if (indicator.assessed() != null) {
                            assessments.put(indicator.name(), indicator.assessed());
                        }
                    }
                    return new VersionedReview(YearlyReview.restore(new CptsId(row.getLong("cpts_id")),
                            row.getInt("contract_version"), row.getInt("contract_year"),
                            rows.stream().map(IndicatorRow::name).toList(), declarations, assessments,
                            ReviewState.valueOf(row.getString("state")), row.getBoolean("crisis_declared"),
                            timelines.getOrDefault(id, List.of()),
                            row.getTimestamp("opened_at").toInstant()), row.getLong("version"));
                }, arguments);
    }

    @Override
    @Transactional
    public long save(YearlyReview review, long expectedVersion) {
        Long id;
        if (expectedVersion == 0) {
            id = jdbc.query("""
                    insert into yearly_review (cpts_id, contract_year, contract_version, state, opened_at,
                        in_state_since, version)
                    values (?, ?, ?, ?, ?, ?, 1) on conflict (cpts_id, contract_year) do nothing returning id""",
                    (row, n) -> row.getLong(1), review.cpts().value(), review.contractYear(),
                    review.contractVersion(), ReviewState.DRAFT.name(), Timestamp.from(review.openedAt()),
                    Timestamp.from(review.openedAt()))
                    .stream().findFirst().orElse(null);
        } else {
            id = jdbc.query("update yearly_review set version = version + 1 where cpts_id = ? and contract_year = ? "
                            + "and version = ? returning id", (row, n) -> row.getLong(1), review.cpts().value(),
                    review.contractYear(), expectedVersion).stream().findFirst().orElse(null);
        }
        if (id == null) {
            throw new ReviewConflict();
        }
        // every indicator in one batch: declared, assessed or not yet (the list is fixed when the review opens)
        List<Object[]> indicators = new ArrayList<>();
        int position = 0;
        for (String name : review.indicators()) {
            IndicatorDeclaration declared = review.declaration(name).orElse(null);
            IndicatorAssessment assessed = review.assessment(name).orElse(null);
            indicators.add(new Object[]{id, position++, name, declared == null ? null : declared.value(),
                    declared == null ? null : declared.comment(), assessed == null ? null : assessed.decision().name(),
                    assessed == null ? null : assessed.retainedValue(), assessed == null ? null : assessed.reason()});
        }
        jdbc.batchUpdate("""
                insert into yearly_review_indicator (review_id, position, name, declared_value, comment,
                    decision, retained_value, reason) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (review_id, name) do update set position = excluded.position,
                    declared_value = excluded.declared_value, comment = excluded.comment,
                    decision = excluded.decision, retained_value = excluded.retained_value, reason = excluded.reason
                """, indicators);
        // the history is append-only: the steps already stored are kept as they are
        List<Object[]> steps = new ArrayList<>();
        List<Step<ReviewMove, ReviewState>> timeline = review.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            Step<ReviewMove, ReviewState> move = timeline.get(i);
            steps.add(new Object[]{id, i, move.move().name(), move.from().name(), move.to().name(),
                    move.actor().username(), move.actor().displayName(), move.actor().role().name(),
                    Timestamp.from(move.at()), move.subject(), move.reason()});
        }
        if (!steps.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into yearly_review_transition (review_id, position, move, from_state, to_state, username,
                        display_name, role, at, indicator, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (review_id, position) do nothing
                    """, steps);
        }
        // the state last: once closed, the database refuses any further change
        jdbc.update("update yearly_review set state = ?, crisis_declared = ?, in_state_since = ? where id = ?",
                review.state().name(), review.crisisDeclared(), Timestamp.from(review.inStateSince()), id);
        return expectedVersion + 1;
    }

    @Override
    @Transactional
    public long addEvidence(CptsId cpts, int contractYear, String indicator, PdfFile file, Actor by, Instant at) {
        // the review row is locked while the evidence is added: a filing at the same instant waits, or finds it
        Long review = jdbc.query("""
                select id from yearly_review where cpts_id = ? and contract_year = ?
                    and state in ('DRAFT', 'CORRECTIONS_REQUESTED') for update""", (row, n) -> row.getLong(1),
                cpts.value(), contractYear).stream().findFirst().orElseThrow(ReviewConflict::new);
        return jdbc.queryForObject("""
                insert into yearly_review_evidence (review_id, indicator, filename, content, size, username,
                    display_name, role, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, review, indicator, file.filename(),
                file.content(), file.size(), by.username(), by.displayName(), by.role().name(), Timestamp.from(at));
    }

    @Override
    public List<ReviewEvidence> evidence(CptsId cpts, int contractYear) {
        return jdbc.query("""
                select e.id, e.indicator, e.filename, e.size, e.username, e.display_name, e.role, e.uploaded_at
                from yearly_review_evidence e join yearly_review r on r.id = e.review_id
                where r.cpts_id = ? and r.contract_year = ? order by e.uploaded_at, e.id""",
                (row, n) -> new ReviewEvidence(row.getLong("id"), row.getString("indicator"),
                        row.getString("filename"), row.getLong("size"), actor(row),
                        row.getTimestamp("uploaded_at").toInstant()), cpts.value(), contractYear);
    }

    @Override
    public Optional<EvidenceFile> evidenceFile(long id) {
        return jdbc.query("""
                select r.cpts_id, r.contract_year, e.filename, e.content
                from yearly_review_evidence e join yearly_review r on r.id = e.review_id where e.id = ?""",
                (row, n) -> new EvidenceFile(new CptsId(row.getLong("cpts_id")), row.getInt("contract_year"),
                        new PdfFile(row.getString("filename"), row.getBytes("content"))), id).stream().findFirst();
    }

    @Override
    @Transactional
    public void archiveStatement(CptsId cpts, int contractYear, ArchivedDocument pdf) {
        jdbc.update("""
                insert into yearly_review_statement (review_id, filename, content, sha256, generated_at)
                select id, ?, ?, ?, ? from yearly_review where cpts_id = ? and contract_year = ?""",
                pdf.filename(), pdf.content(), pdf.sha256(), Timestamp.from(pdf.generatedAt()), cpts.value(),
                contractYear);
    }

    @Override
    public Optional<ArchivedDocument> statement(CptsId cpts, int contractYear) {
        return jdbc.query("""
                select s.* from yearly_review_statement s join yearly_review r on r.id = s.review_id
                where r.cpts_id = ? and r.contract_year = ?""",
                (row, n) -> new ArchivedDocument(row.getString("filename"), row.getBytes("content"),
                        row.getString("sha256"), row.getTimestamp("generated_at").toInstant()),
                cpts.value(), contractYear).stream().findFirst();
    }

    @Override
    public boolean hasStatement(CptsId cpts, int contractYear) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from yearly_review_statement s join yearly_review r on r.id = s.review_id
                    where r.cpts_id = ? and r.contract_year = ?)""", Boolean.class, cpts.value(), contractYear));
    }

    private static Actor actor(ResultSet row) throws SQLException {
        return new Actor(row.getString("username"), row.getString("display_name"),
                Role.valueOf(row.getString("role")));
    }

    private record IndicatorRow(String name, IndicatorDeclaration declared, IndicatorAssessment assessed) {

        static IndicatorRow of(ResultSet row) throws SQLException {
            BigDecimal declared = row.getBigDecimal("declared_value");
            String decision = row.getString("decision");
            return new IndicatorRow(row.getString("name"),
                    declared == null ? null : new IndicatorDeclaration(Decimals.asEntered(declared),
                            row.getString("comment")),
                    decision == null ? null : new IndicatorAssessment(AssessmentDecision.valueOf(decision),
                            Decimals.asEntered(row.getBigDecimal("retained_value")), row.getString("reason")));
        }
    }
}
