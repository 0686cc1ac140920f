package fr.cpts.persistence.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.review.ReviewConflict;
import fr.cpts.domain.review.ReviewFiles;
import fr.cpts.domain.review.VersionedReview;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.persistence.shared.JsonRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly reviews port on PostgreSQL: one row per CPTS and contract year, its indicators in the contract's order,
 * its history only ever appended to. The database refuses any change to a closed review.
 */
@Repository
@Transactional(readOnly = true)
class JdbcYearlyReviews implements YearlyReviews {

    /** The evidence listed without its content, and whether the statement was issued, without reading its PDF. */
    private static final String FILES = """
            ,
                (select json_agg(json_build_object('id', e.id, 'indicator', e.indicator, 'filename', e.filename,
                    'size', e.size, 'username', e.username, 'display_name', e.display_name, 'role', e.role,
                    'uploaded_at', %s) order by e.uploaded_at, e.id)
                 from yearly_review_evidence e where e.review_id = r.id) as evidence,
                exists (select 1 from yearly_review_statement s where s.review_id = r.id) as statement_issued""".formatted(JsonRows.EPOCH.formatted("e.uploaded_at"));

    private final JdbcTemplate jdbc;

    JdbcYearlyReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VersionedReview> of(CptsId cpts, int contractYear) {
        return read(
                        "",
                        "r.cpts_id = ? and r.contract_year = ?",
                        (row, n) -> ReviewRows.review(row),
                        cpts.value(),
                        contractYear)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<WithFiles> withFiles(CptsId cpts, int contractYear) {
        return read(
                        FILES,
                        "r.cpts_id = ? and r.contract_year = ?",
                        (row, n) -> new WithFiles(
                                ReviewRows.review(row),
                                new ReviewFiles(
                                        JsonRows.of(row.getString("evidence")).stream()
                                                .map(ReviewRows::evidence)
                                                .toList(),
                                        row.getBoolean("statement_issued"))),
                        cpts.value(),
                        contractYear)
                .stream()
                .findFirst();
    }

    @Override
    public List<VersionedReview> ofCpts(Collection<CptsId> cpts) {
        if (cpts.isEmpty()) {
            return List.of();
        }
        return read("", "r.cpts_id = any(?)", (row, n) -> ReviewRows.review(row), (Object)
                cpts.stream().map(CptsId::value).toArray(Long[]::new));
    }

    /** Reviews with their indicators and history, and the {@code extra} columns, in one statement. */
    private <T> List<T> read(String extra, String where, RowMapper<T> rows, Object... arguments) {
        return jdbc.query("""
                select r.*,
                    (select json_agg(json_build_object('name', i.name, 'declared', i.declared_value::text,
                        'comment', i.comment, 'decision', i.decision, 'retained', i.retained_value::text,
                        'reason', i.reason) order by i.position)
                     from yearly_review_indicator i where i.review_id = r.id) as indicators,
                    (select json_agg(json_build_object('move', t.move, 'from', t.from_state, 'to', t.to_state,
                        'username', t.username, 'display_name', t.display_name, 'role', t.role,
                        'at', %s, 'indicator', t.indicator, 'reason', t.reason) order by t.position)
                     from yearly_review_transition t where t.review_id = r.id) as timeline%s
                from yearly_review r where %s order by r.cpts_id, r.contract_year""".formatted(JsonRows.EPOCH.formatted("t.at"), extra, where), rows, arguments);
    }

    /**
     * Saves in two statements. The first claims the review (inserts it, or raises its version if nobody changed it
     * since it was read: otherwise nothing is written) and, in the same statement, writes every indicator (declared,
     * assessed or not yet: the list is fixed when the review opens) and appends the new steps of its history. The
     * second sets the state, last: once closed, the database refuses any further change.
     */
    @Override
    @Transactional
    public long save(YearlyReview review, long expectedVersion) {
        String claim;
        List<Object> arguments = new ArrayList<>();
        if (expectedVersion == 0) {
            claim = """
                    insert into yearly_review (cpts_id, contract_year, contract_version, state, opened_at,
                        in_state_since, version)
                    values (?, ?, ?, 'DRAFT', ?, ?, 1) on conflict (cpts_id, contract_year) do nothing returning id""";
            arguments.addAll(List.of(
                    review.cpts().value(),
                    review.contractYear(),
                    review.contractVersion(),
                    Timestamp.from(review.openedAt()),
                    Timestamp.from(review.openedAt())));
        } else {
            claim = """
                    update yearly_review set version = version + 1
                    where cpts_id = ? and contract_year = ? and version = ? returning id""";
            arguments.addAll(List.of(review.cpts().value(), review.contractYear(), expectedVersion));
        }
        arguments.addAll(ReviewRows.indicatorColumns(review));
        arguments.addAll(ReviewRows.stepColumns(review.timeline()));
        Long id = jdbc.query("""
                with claimed as (%s),
                indicators as (
                    insert into yearly_review_indicator (review_id, position, name, declared_value, comment,
                        decision, retained_value, reason)
                    select claimed.id, i.position - 1, i.name, i.declared_value::numeric, i.comment, i.decision,
                        i.retained_value::numeric, i.reason
                    from claimed, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        with ordinality as i(name, declared_value, comment, decision, retained_value, reason,
                            position)
                    on conflict (review_id, name) do update set position = excluded.position,
                        declared_value = excluded.declared_value, comment = excluded.comment,
                        decision = excluded.decision, retained_value = excluded.retained_value,
                        reason = excluded.reason),
                steps as (
                    -- the history is append-only: the steps already stored are kept as they are
                    insert into yearly_review_transition (review_id, position, move, from_state, to_state, username,
                        display_name, role, at, indicator, reason)
                    select claimed.id, s.position - 1, s.move, s.from_state, s.to_state, s.username,
                        s.display_name, s.role, s.at::timestamptz, s.indicator, s.reason
                    from claimed, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[])
                        with ordinality as s(move, from_state, to_state, username, display_name, role, at,
                            indicator, reason, position)
                    on conflict (review_id, position) do nothing)
                select id from claimed""".formatted(claim), (row, n) -> row.getLong(1), arguments.toArray()).stream()
                .findFirst()
                .orElse(null);
        if (id == null) {
            throw new ReviewConflict();
        }
        jdbc.update(
                "update yearly_review set state = ?, crisis_declared = ?, in_state_since = ? where id = ?",
                review.state().name(),
                review.crisisDeclared(),
                Timestamp.from(review.inStateSince()),
                id);
        return expectedVersion + 1;
    }

    @Override
    @Transactional
    public long addEvidence(CptsId cpts, int contractYear, String indicator, PdfFile file, Actor by, Instant at) {
        // the review row is locked while the evidence is added: a filing at the same instant waits, or finds it
        Long review = jdbc.query("""
                select id from yearly_review where cpts_id = ? and contract_year = ?
                    and state in ('DRAFT', 'CORRECTIONS_REQUESTED') for update""", (row, n) -> row.getLong(1), cpts.value(), contractYear).stream()
                .findFirst()
                .orElseThrow(ReviewConflict::new);
        return jdbc.queryForObject(
                """
                insert into yearly_review_evidence (review_id, indicator, filename, content, size, username,
                    display_name, role, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                review,
                indicator,
                file.filename(),
                file.content(),
                file.size(),
                by.username(),
                by.displayName(),
                by.role().name(),
                Timestamp.from(at));
    }

    @Override
    public Optional<EvidenceFile> evidenceFile(long id) {
        return jdbc
                .query(
                        """
                select r.cpts_id, r.contract_year, e.filename, e.content
                from yearly_review_evidence e join yearly_review r on r.id = e.review_id where e.id = ?""",
                        (row, n) -> new EvidenceFile(
                                new CptsId(row.getLong("cpts_id")),
                                row.getInt("contract_year"),
                                new PdfFile(row.getString("filename"), row.getBytes("content"))),
                        id)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional
    public void archiveStatement(CptsId cpts, int contractYear, ArchivedDocument pdf, Optional<String> figures) {
        jdbc.update(
                """
                insert into yearly_review_statement (review_id, filename, content, sha256, generated_at, figures)
                select id, ?, ?, ?, ?, cast(? as jsonb) from yearly_review where cpts_id = ? and contract_year = ?""",
                pdf.filename(),
                pdf.content(),
                pdf.sha256(),
                Timestamp.from(pdf.generatedAt()),
                figures.orElse(null),
                cpts.value(),
                contractYear);
    }

    @Override
    public Optional<String> statementFigures(CptsId cpts, int contractYear) {
        return jdbc.query("""
                select s.figures::text as figures from yearly_review_statement s
                join yearly_review r on r.id = s.review_id
                where r.cpts_id = ? and r.contract_year = ? and s.figures is not null""", (row, n) -> row.getString("figures"), cpts.value(), contractYear).stream()
                .findFirst();
    }

    @Override
    public Map<Integer, String> statementFiguresOf(CptsId cpts, int contractVersion) {
        Map<Integer, String> figures = new TreeMap<>();
        jdbc.query(
                """
                select r.contract_year, s.figures::text as figures from yearly_review_statement s
                join yearly_review r on r.id = s.review_id
                where r.cpts_id = ? and r.contract_version = ? and s.figures is not null""",
                row -> {
                    figures.put(row.getInt("contract_year"), row.getString("figures"));
                },
                cpts.value(),
                contractVersion);
        return figures;
    }

    @Override
    public Optional<ArchivedDocument> statement(CptsId cpts, int contractYear) {
        return jdbc
                .query(
                        """
                select s.* from yearly_review_statement s join yearly_review r on r.id = s.review_id
                where r.cpts_id = ? and r.contract_year = ?""",
                        (row, n) -> new ArchivedDocument(
                                row.getString("filename"),
                                row.getBytes("content"),
                                row.getString("sha256"),
                                row.getTimestamp("generated_at").toInstant()),
                        cpts.value(),
                        contractYear)
                .stream()
                .findFirst();
    }
}
