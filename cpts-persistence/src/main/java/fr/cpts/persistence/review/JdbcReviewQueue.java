package fr.cpts.persistence.review;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.FiledReview;
import fr.cpts.domain.review.FiledReviewIndicator;
import fr.cpts.domain.review.ReviewQueue;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' review queue in one query: filter by scope and state, order and page in PostgreSQL, the total
 * counted in the same statement ({@link PagedQuery}). A filed review is one not in draft: a review
 * never goes back to draft.
 */
@Repository
@Transactional(readOnly = true)
class JdbcReviewQueue implements ReviewQueue {

    private static final String REVIEW_COLUMNS = "r.cpts_id, c.name, r.contract_year, r.state, r.in_state_since";
    private static final String FILED =
            "from yearly_review r join cpts c on c.id = r.cpts_id where r.state <> 'DRAFT' and ";
    private static final String ORDER = "(r.state = 'SUBMITTED') desc, r.in_state_since, c.name, r.contract_year";

    private final JdbcTemplate jdbc;

    JdbcReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<FiledReview> filed(AccessScope scope, PageRequest page) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        return new PagedQuery(REVIEW_COLUMNS, FILED + inScope.sql(), ORDER, inScope.arguments())
                .read(jdbc, page, (row, n) -> review(row));
    }

    @Override
    public void eachIndicator(AccessScope scope, Consumer<FiledReviewIndicator> consumer) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        new PagedQuery(
                        REVIEW_COLUMNS
                                + ", c.departement_code, i.name as indicator, k.baseline, k.target, i.declared_value,"
                                + " i.decision, i.retained_value, i.reason",
                        FILED.replace(
                                        " where ",
                                        " left join yearly_review_indicator i on i.review_id = r.id"
                                                + " left join aci_contract_indicator k on k.cpts_id = r.cpts_id"
                                                + " and k.version = r.contract_version and k.name = i.name where ")
                                + inScope.sql(),
                        ORDER + ", i.position",
                        inScope.arguments())
                .each(
                        jdbc,
                        (row, n) -> new FiledReviewIndicator(
                                review(row),
                                row.getString("departement_code"),
                                Optional.ofNullable(row.getString("indicator")),
                                Optional.ofNullable(row.getBigDecimal("baseline")),
                                Optional.ofNullable(row.getBigDecimal("target")),
                                Optional.ofNullable(row.getBigDecimal("declared_value")),
                                Optional.ofNullable(row.getString("decision")).map(AssessmentDecision::valueOf),
                                Optional.ofNullable(row.getBigDecimal("retained_value")),
                                Optional.ofNullable(row.getString("reason"))),
                        consumer);
    }

    private static FiledReview review(ResultSet row) throws SQLException {
        return new FiledReview(
                new CptsId(row.getLong("cpts_id")),
                row.getString("name"),
                row.getInt("contract_year"),
                ReviewState.valueOf(row.getString("state")),
                row.getTimestamp("in_state_since").toInstant());
    }
}
