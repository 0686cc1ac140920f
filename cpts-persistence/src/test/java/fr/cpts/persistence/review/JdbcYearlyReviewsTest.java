package fr.cpts.persistence.review;

import static fr.cpts.persistence.contract.ContractSamples.CPAM;
import static fr.cpts.persistence.contract.ContractSamples.PORTEUR;
import static fr.cpts.persistence.contract.ContractSamples.SCREENING;
import static fr.cpts.persistence.contract.ContractSamples.WITHOUT_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.cpts.CptsStage;
import fr.cpts.domain.review.AssessmentDecision;
import fr.cpts.domain.review.ReviewConflict;
import fr.cpts.domain.review.ReviewMove;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReview;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.persistence.PersistenceTest;
import fr.cpts.persistence.contract.ContractSamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Yearly reviews on a real PostgreSQL: declarations, assessments and history read back; closed means frozen. */
@PersistenceTest
class JdbcYearlyReviewsTest {

    private static final Instant AT = Instant.parse("2026-01-20T10:00:00Z");

    @Autowired
    YearlyReviews reviews;

    @Autowired
    Contracts contracts;

    @Autowired
    CptsRecords records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeclarationIsReadBackWithValuesCommentsAndHistory() {
        CptsId cpts = contracted("CPTS Revue Brouillon");
        YearlyReview review = YearlyReview.open(signed(cpts), 1, AT);
        review.declare(WITHOUT_DOCTOR, new BigDecimal("87"), "Extraction du 31/12", PORTEUR, AT);

        long version = reviews.save(review, 0);

        YearlyReview read = reviews.of(cpts, 1).orElseThrow().review();
        assertThat(version).isEqualTo(1);
        assertThat(read.indicators()).containsExactly(WITHOUT_DOCTOR, SCREENING);
        assertThat(read.declaration(WITHOUT_DOCTOR).orElseThrow().value()).isEqualByComparingTo("87");
        assertThat(read.declaration(WITHOUT_DOCTOR).orElseThrow().comment()).isEqualTo("Extraction du 31/12");
        assertThat(read.declaration(SCREENING)).isEmpty();
        assertThat(read.timeline()).extracting(t -> t.move()).containsExactly(ReviewMove.DECLARE);
    }

    @Test
    void aClosedReviewKeepsItsAdjustments() {
        YearlyReview read = closedReview("CPTS Revue Close");

        assertThat(read.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(read.assessment(SCREENING).orElseThrow().decision()).isEqualTo(AssessmentDecision.ADJUSTED);
        assertThat(read.assessment(SCREENING).orElseThrow().reason()).isEqualTo("Taux recalculé sur les données SNDS");
        assertThat(read.acceptedValues().get(SCREENING)).isEqualByComparingTo("38.2");
    }

    @Test
    void theDatabaseRefusesToChangeAClosedReviewsValues() {
        YearlyReview read = closedReview("CPTS Revue Gelée");

        assertThatThrownBy(() -> jdbc.update(
                        "update yearly_review_indicator set retained_value = 50 "
                                + "where review_id = (select id from yearly_review where cpts_id = ?)",
                        read.cpts().value()))
                .hasMessageContaining("clôturée");
    }

    @Test
    void aClosedReviewCannotBeSavedAgain() {
        YearlyReview read = closedReview("CPTS Revue Resauvée");

        assertThatThrownBy(() -> reviews.save(read, 2)).hasMessageContaining("clôturée");
    }

    private YearlyReview closedReview(String name) {
        CptsId cpts = contracted(name);
        YearlyReview review = YearlyReview.open(signed(cpts), 1, AT);
        review.declare(WITHOUT_DOCTOR, new BigDecimal("87"), null, PORTEUR, AT);
        review.declare(SCREENING, new BigDecimal("41.5"), null, PORTEUR, AT);
        review.submit(PORTEUR, AT);
        reviews.save(review, 0);
        YearlyReview stored = reviews.of(cpts, 1).orElseThrow().review();
        stored.accept(WITHOUT_DOCTOR, CPAM, AT);
        stored.adjust(SCREENING, new BigDecimal("38.2"), "Taux recalculé sur les données SNDS", CPAM, AT);
        stored.close(CPAM, AT);

        reviews.save(stored, 1);
        return reviews.of(cpts, 1).orElseThrow().review();
    }

    @Test
    void aSaveFromAStaleReadIsRefused() {
        CptsId cpts = contracted("CPTS Revue Concurrente");
        reviews.save(YearlyReview.open(signed(cpts), 1, AT), 0);
        YearlyReview first = reviews.of(cpts, 1).orElseThrow().review();
        YearlyReview second = reviews.of(cpts, 1).orElseThrow().review();
        first.declare(SCREENING, BigDecimal.ONE, null, PORTEUR, AT);
        reviews.save(first, 1);
        second.declare(SCREENING, BigDecimal.TEN, null, PORTEUR, AT);

        assertThatThrownBy(() -> reviews.save(second, 1)).isInstanceOf(ReviewConflict.class);
        assertThatThrownBy(() -> reviews.save(YearlyReview.open(signed(cpts), 1, AT), 0))
                .isInstanceOf(ReviewConflict.class);
    }

    @Test
    void evidenceAndTheStatementAreKeptWithTheirReview() {
        CptsId cpts = contracted("CPTS Revue Pièces");
        reviews.save(YearlyReview.open(signed(cpts), 2, AT), 0);
        byte[] pdf = "%PDF-1.7 justificatif".getBytes(StandardCharsets.US_ASCII);

        long id = reviews.addEvidence(cpts, 2, SCREENING, new PdfFile("extraction.pdf", pdf), PORTEUR, AT);
        reviews.archiveStatement(
                cpts, 2, ArchivedDocument.issue("releve-annee-2.pdf", pdf, AT), Optional.of("{\"balance\": 12.5}"));

        assertThat(reviews.withFiles(cpts, 2).orElseThrow().files().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.filename()).isEqualTo("extraction.pdf"))
                .satisfies(e -> assertThat(e.indicator()).isEqualTo(SCREENING))
                .satisfies(e -> assertThat(e.uploadedAt()).isEqualTo(AT))
                .satisfies(e -> assertThat(e.uploadedBy()).isEqualTo(PORTEUR));
        assertThat(reviews.withFiles(cpts, 2).orElseThrow().files().statementIssued())
                .isTrue();
        assertThat(reviews.evidenceFile(id).orElseThrow().file().content()).isEqualTo(pdf);
        assertThat(reviews.evidenceFile(id).orElseThrow().cpts()).isEqualTo(cpts);
        assertThat(reviews.statement(cpts, 2).orElseThrow().matches(pdf)).isTrue();
        assertThat(reviews.statement(cpts, 1)).isEmpty();
        assertThat(reviews.statementFigures(cpts, 2)).hasValue("{\"balance\": 12.5}");
        assertThat(reviews.statementFigures(cpts, 1)).isEmpty();
        assertThat(reviews.ofCpts(List.of(cpts))).hasSize(1);
    }

    private CptsId contracted(String name) {
        CptsId cpts = records.create(name, new RegionCode("75"), new DepartementCode("33"), CptsStage.CONTRAT_ACI)
                .id();
        contracts.save(ContractSamples.signed(cpts), 0);
        return cpts;
    }

    private SignedContract signed(CptsId cpts) {
        return contracts.of(cpts).orElseThrow().contract().active().orElseThrow();
    }
}
