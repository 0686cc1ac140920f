package fr.cpts.persistence.review;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.review.FiledReview;
import fr.cpts.domain.review.ReviewQueue;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.persistence.shared.PagedQuery;
import fr.cpts.persistence.shared.ScopeSql;
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

    private final JdbcTemplate jdbc;

    JdbcReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<FiledReview> filed(AccessScope scope, PageRequest page) {
        ScopeSql inScope = ScopeSql.of(scope, "c");
        return new PagedQuery(
                        "r.cpts_id, c.name, r.contract_year, r.state, r.in_state_since",
                        "from yearly_review r join cpts c on c.id = r.cpts_id where r.state <> 'DRAFT' and "
                                + inScope.sql(),
                        "(r.state = 'SUBMITTED') desc, r.in_state_since, c.name, r.contract_year",
                        inScope.arguments())
                .read(
                        jdbc,
                        page,
                        (row, n) -> new FiledReview(
                                new CptsId(row.getLong("cpts_id")),
                                row.getString("name"),
                                row.getInt("contract_year"),
                                ReviewState.valueOf(row.getString("state")),
                                row.getTimestamp("in_state_since").toInstant()));
    }
}
