package fr.cpts.persistence.review;

import static fr.cpts.persistence.contract.ContractSamples.CPAM;
import static fr.cpts.persistence.contract.ContractSamples.PORTEUR;
import static fr.cpts.persistence.contract.ContractSamples.SCREENING;
import static fr.cpts.persistence.contract.ContractSamples.WITHOUT_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.review.FiledReview;
import fr.cpts.domain.review.ReviewQueue;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.page.Page;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import fr.cpts.persistence.contract.ContractSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officers' review queue on a real PostgreSQL: the scope filters in SQL (région, départements, own CPTS, all of
 * France, nothing), drafts stay out, the reviews awaiting the CPAM come first and oldest first, and PostgreSQL pages
 * with the total.
 */
@PersistenceTest
class JdbcReviewQueueTest {

    /** A région and a département no other test uses: Corse, Haute-Corse. */
    private static final RegionCode CORSE = new RegionCode("94");

    private static final DepartementCode HAUTE_CORSE = new DepartementCode("2B");
    private static final Instant JANUARY = Instant.parse("2026-01-20T10:00:00Z");

    @Autowired
    ReviewQueue queue;

    @Autowired
    YearlyReviews reviews;

    @Autowired
    Contracts contracts;

    @Autowired
    CptsRecords records;

    private CptsId closed;
    private CptsId awaitingOld;
    private CptsId awaitingRecent;
    private CptsId draft;

    @BeforeEach
    void fourReviewsInHauteCorse() {
        closed = review("fermée", JANUARY, true);
        awaitingRecent = review("récente", JANUARY.plusSeconds(7_200), false);
        awaitingOld = review("ancienne", JANUARY.plusSeconds(3_600), false);
        draft = contracted("brouillon");
        reviews.save(YearlyReview.open(signed(draft), 1, JANUARY), 0);
    }

    @Test
    void aCpamOfficerSeesTheFiledReviewsOfTheirDepartementsAwaitingFirstAndOldestFirst() {
        Page<FiledReview> page = queue.filed(new AccessScope.Departements(Set.of(HAUTE_CORSE)), PageRequest.first());

        assertThat(page.rows())
                .extracting(FiledReview::cpts)
                .containsSubsequence(awaitingOld, awaitingRecent, closed)
                .doesNotContain(draft);
        assertThat(page.rows())
                .filteredOn(row -> row.cpts().equals(closed))
                .singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(ReviewState.CLOSED));
        FiledReview first = page.rows().get(0);
        assertThat(first.awaitingExamination()).isTrue();
        assertThat(page.total()).isEqualTo(page.rows().size());
    }

    @Test
    void theScopeIsAppliedByTheDatabaseForEveryKindOfScope() {
        assertThat(queue.filed(new AccessScope.Region(CORSE), PageRequest.first())
                        .rows())
                .extracting(FiledReview::cpts)
                .contains(awaitingOld, awaitingRecent, closed);
        assertThat(queue.filed(new AccessScope.Region(new RegionCode("11")), PageRequest.first())
                        .rows())
                .extracting(FiledReview::cpts)
                .doesNotContain(awaitingOld, awaitingRecent, closed);
        assertThat(queue.filed(new AccessScope.OwnCpts(awaitingOld), PageRequest.first())
                        .rows())
                .extracting(FiledReview::cpts)
                .containsExactly(awaitingOld);
        assertThat(queue.filed(new AccessScope.National(), PageRequest.first()).rows())
                .extracting(FiledReview::cpts)
                .contains(awaitingOld, awaitingRecent, closed)
                .doesNotContain(draft);
        assertThat(queue.filed(new AccessScope.Platform(), PageRequest.first()).rows())
                .isEmpty();
    }

    @Test
    void postgresqlPagesTheQueueAndCountsTheWholeOfIt() {
        AccessScope scope = new AccessScope.Departements(Set.of(HAUTE_CORSE));
        long total = queue.filed(scope, PageRequest.first()).total();

        Page<FiledReview> second = queue.filed(scope, new PageRequest(2, 1));
        Page<FiledReview> beyond = queue.filed(scope, new PageRequest(10_000, 1));

        assertThat(second.rows()).hasSize(1);
        assertThat(second.total()).isEqualTo(total);
        assertThat(second.pages()).isEqualTo((int) total);
        assertThat(beyond.rows()).isEmpty();
        assertThat(beyond.total()).isEqualTo(total);
    }

    @Test
    void aPageAskedOutOfRangeIsBroughtBackIntoIt() {
        assertThat(new PageRequest(0, 0)).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
        assertThat(new PageRequest(3, 10_000).size()).isEqualTo(PageRequest.MAX_SIZE);
    }

    private CptsId review(String name, Instant filedAt, boolean close) {
        CptsId cpts = contracted(name);
        YearlyReview review = YearlyReview.open(signed(cpts), 1, JANUARY);
        review.declare(WITHOUT_DOCTOR, new BigDecimal("87"), null, PORTEUR, JANUARY);
        review.declare(SCREENING, new BigDecimal("41.5"), null, PORTEUR, JANUARY);
        review.submit(PORTEUR, filedAt);
        if (close) {
            review.accept(WITHOUT_DOCTOR, CPAM, filedAt);
            review.accept(SCREENING, CPAM, filedAt);
            review.close(CPAM, filedAt);
        }
        reviews.save(review, 0);
        return cpts;
    }

    private CptsId contracted(String name) {
        CptsId cpts = records.create(
                        "CPTS File " + name + " " + UUID.randomUUID().toString().substring(0, 8),
                        CORSE,
                        HAUTE_CORSE,
                        CptsStage.CONTRAT_ACI)
                .id();
        contracts.save(ContractSamples.signed(cpts), 0);
        return cpts;
    }

    private SignedContract signed(CptsId cpts) {
        return contracts.of(cpts).orElseThrow().contract().active().orElseThrow();
    }
}
