package fr.cpts.domain.review;

import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.CPTS;
import static fr.cpts.domain.contract.ContractFixtures.PORTEUR;
import static fr.cpts.domain.contract.ContractFixtures.SCREENING;
import static fr.cpts.domain.contract.ContractFixtures.WITHOUT_DOCTOR;
import static fr.cpts.domain.contract.ContractFixtures.signedContract;
import static fr.cpts.domain.review.YearlyReviewLifecycleTest.MOVE_AT;
import static fr.cpts.domain.review.YearlyReviewLifecycleTest.OPENED;
import static fr.cpts.domain.review.YearlyReviewLifecycleTest.reviewIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearlyReviewTest {

    @Test
    void opensOnTheIndicatorsOfTheSignedContractAsAnEmptyDraft() {
        YearlyReview review = YearlyReview.open(signedContract(), 2, OPENED);

        assertThat(review.cpts()).isEqualTo(CPTS);
        assertThat(review.contractVersion()).isEqualTo(1);
        assertThat(review.contractYear()).isEqualTo(2);
        assertThat(review.indicators()).containsExactly(WITHOUT_DOCTOR, SCREENING);
        assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(review.declaration(SCREENING)).isEmpty();
        assertThat(review.timeline()).isEmpty();
        assertThat(review.openedAt()).isEqualTo(OPENED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void refusesAYearOutsideTheFiveYearsOfTheContract(int year) {
        assertThatThrownBy(() -> YearlyReview.open(signedContract(), year, OPENED))
                .isInstanceOf(DomainException.class)
                .hasMessage("Une revue annuelle porte sur l'une des 5 années du contrat ACI : l'année " + year
                        + " n'existe pas.");
    }

    @Test
    void savesEachDeclarationWithItsValueAndComment() {
        YearlyReview review = YearlyReview.open(signedContract(), 1, OPENED);

        review.declare(SCREENING, new BigDecimal("33.2"), "  Données CPAM 2025 ", PORTEUR, MOVE_AT);
        review.declare(SCREENING, new BigDecimal("34.0"), null, PORTEUR, MOVE_AT);

        assertThat(review.declaration(SCREENING)).contains(new IndicatorDeclaration(new BigDecimal("34.0"), null));
        assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(review.timeline()).extracting(Step::move).containsExactly(ReviewMove.DECLARE, ReviewMove.DECLARE);
        assertThat(new IndicatorDeclaration(BigDecimal.ONE, "  Données CPAM 2025 ").comment())
                .isEqualTo("Données CPAM 2025");
    }

    @Test
    void refusesAnIndicatorTheContractDoesNotSet() {
        YearlyReview review = YearlyReview.open(signedContract(), 1, OPENED);

        assertThatThrownBy(() -> review.declare("Nombre de réunions", BigDecimal.TEN, null, PORTEUR, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("L'indicateur « Nombre de réunions » ne figure pas au contrat ACI (version 1) de cette "
                        + "revue annuelle.");
        assertThat(review.timeline()).isEmpty();
    }

    @Test
    void refusesToFileWhileAnIndicatorHasNoValueNamingIt() {
        YearlyReview review = YearlyReview.open(signedContract(), 1, OPENED);
        review.declare(WITHOUT_DOCTOR, new BigDecimal("180"), null, PORTEUR, MOVE_AT);

        assertThatThrownBy(() -> review.submit(PORTEUR, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de déposer cette revue annuelle (année 1) : il manque la valeur d'un "
                        + "indicateur : " + SCREENING + ".");
        assertThatThrownBy(() -> YearlyReview.open(signedContract(), 1, OPENED).submit(PORTEUR, MOVE_AT))
                .hasMessage("Impossible de déposer cette revue annuelle (année 1) : il manque la valeur de 2 "
                        + "indicateurs : " + WITHOUT_DOCTOR + " ; " + SCREENING + ".");
        assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void acceptsTheDeclaredValueOrAdjustsItWithAReason() {
        YearlyReview review = reviewIn(ReviewState.DRAFT);
        review.submit(PORTEUR, MOVE_AT);

        review.accept(WITHOUT_DOCTOR, CPAM, MOVE_AT);
        review.adjust(SCREENING, new BigDecimal("31.0"), "Taux recalculé sur les données SNDS", CPAM, MOVE_AT);

        assertThat(review.assessment(WITHOUT_DOCTOR))
                .contains(new IndicatorAssessment(AssessmentDecision.ACCEPTED, new BigDecimal("180"), null));
        assertThat(review.assessment(SCREENING))
                .contains(new IndicatorAssessment(
                        AssessmentDecision.ADJUSTED, new BigDecimal("31.0"), "Taux recalculé sur les données SNDS"));
        Step<ReviewMove, ReviewState> adjusted =
                review.timeline().get(review.timeline().size() - 1);
        assertThat(adjusted)
                .isEqualTo(new Step<>(
                        ReviewMove.ADJUST,
                        ReviewState.SUBMITTED,
                        ReviewState.SUBMITTED,
                        CPAM,
                        MOVE_AT,
                        SCREENING,
                        "Taux recalculé sur les données SNDS"));
    }

    @Test
    void closesOnlyOnceEveryIndicatorIsAcceptedOrAdjustedNamingThoseLeft() {
        YearlyReview review = reviewIn(ReviewState.DRAFT);
        review.submit(PORTEUR, MOVE_AT);

        assertThatThrownBy(() -> review.close(CPAM, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de clôturer cette revue annuelle (année 1) : 2 indicateurs ne sont ni acceptés "
                        + "ni ajustés : " + WITHOUT_DOCTOR + " ; " + SCREENING + ".");
        review.adjust(WITHOUT_DOCTOR, new BigDecimal("190"), "Patients décédés retirés", CPAM, MOVE_AT);
        assertThatThrownBy(() -> review.close(CPAM, MOVE_AT))
                .hasMessage("Impossible de clôturer cette revue annuelle (année 1) : 1 indicateur n'est ni accepté ni "
                        + "ajusté : " + SCREENING + ".");
        review.accept(SCREENING, CPAM, MOVE_AT);

        review.close(CPAM, MOVE_AT);

        assertThat(review.state()).isEqualTo(ReviewState.CLOSED);
    }

    @Test
    void goesBackToTheCptsForCorrectionsAndDropsTheAssessmentOfWhatItChanges() {
        YearlyReview review = reviewIn(ReviewState.SUBMITTED);

        review.requestCorrections(CPAM, MOVE_AT, "Le taux de dépistage ne correspond pas aux données SNDS");
        review.declare(SCREENING, new BigDecimal("30.1"), "Recalculé", PORTEUR, MOVE_AT);
        review.resubmit(PORTEUR, MOVE_AT);

        assertThat(review.state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(review.assessment(SCREENING)).isEmpty();
        assertThat(review.assessment(WITHOUT_DOCTOR)).contains(IndicatorAssessment.accepted(new BigDecimal("180")));
        assertThat(review.timeline())
                .extracting(Step::move)
                .endsWith(ReviewMove.REQUEST_CORRECTIONS, ReviewMove.DECLARE, ReviewMove.RESUBMIT);
        assertThat(review.timeline())
                .extracting(Step::reason)
                .contains("Le taux de dépistage ne correspond pas aux données SNDS");
    }

    @Test
    void givesTheFundingEngineTheRetainedValueOfEachIndicatorOnceClosed() {
        YearlyReview review = reviewIn(ReviewState.DRAFT);
        review.submit(PORTEUR, MOVE_AT);
        review.accept(WITHOUT_DOCTOR, CPAM, MOVE_AT);
        review.adjust(SCREENING, new BigDecimal("31.0"), "Données SNDS", CPAM, MOVE_AT);
        review.close(CPAM, MOVE_AT);

        Map<String, BigDecimal> values = review.acceptedValues();

        assertThat(values)
                .containsExactly(
                        Map.entry(WITHOUT_DOCTOR, new BigDecimal("180")), Map.entry(SCREENING, new BigDecimal("31.0")));
        assertThatThrownBy(() -> values.put(SCREENING, BigDecimal.TEN))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesToGiveRetainedValuesBeforeTheReviewIsClosed() {
        assertThatThrownBy(() -> reviewIn(ReviewState.SUBMITTED).acceptedValues())
                .isInstanceOf(DomainException.class)
                .hasMessage("Les valeurs retenues de la revue annuelle (année 1) ne sont connues qu'une fois la revue "
                        + "clôturée par la CPAM : elle est à l'état « Déclarée, en cours d'examen par la CPAM ».");
    }

    @Test
    void keepsAClosedReviewUnchanged() {
        YearlyReview review = reviewIn(ReviewState.CLOSED);
        Map<String, BigDecimal> values = review.acceptedValues();
        List<Step<ReviewMove, ReviewState>> timeline = review.timeline();

        for (ReviewMove move : ReviewMove.values()) {
            assertThatThrownBy(() -> YearlyReviewLifecycleTest.make(review, move))
                    .isInstanceOf(DomainException.class)
                    .hasMessageEndingWith("elle est à l'état « Clôturée ».");
        }

        assertThat(review.acceptedValues()).isEqualTo(values);
        assertThat(review.timeline()).isEqualTo(timeline);
        assertThat(review.timeline().get(timeline.size() - 1))
                .isEqualTo(new Step<>(
                        ReviewMove.CLOSE, ReviewState.SUBMITTED, ReviewState.CLOSED, CPAM, OPENED, null, null));
        assertThatThrownBy(() -> review.timeline().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theArsRecordsACrisisOnceCitingItsDecisionAndTheReviewKeepsIt() {
        YearlyReview review = reviewIn(ReviewState.SUBMITTED);
        assertThat(review.crisisDeclared()).isFalse();

        assertThatThrownBy(() -> review.declareCrisis(fr.cpts.domain.contract.ContractFixtures.ARS, MOVE_AT, " "))
                .hasMessageEndingWith("sans en donner le motif.");
        review.declareCrisis(
                fr.cpts.domain.contract.ContractFixtures.ARS, MOVE_AT, "Arrêté ARS du 12/01/2026 : épidémie de grippe");

        assertThat(review.crisisDeclared()).isTrue();
        assertThat(review.timeline()).last().satisfies(move -> {
            assertThat(move.move()).isEqualTo(ReviewMove.DECLARE_CRISIS);
            assertThat(move.reason()).isEqualTo("Arrêté ARS du 12/01/2026 : épidémie de grippe");
        });
        assertThatThrownBy(() -> review.declareCrisis(fr.cpts.domain.contract.ContractFixtures.ARS, MOVE_AT, "Autre"))
                .hasMessageContaining("déjà déclarée pour l'année 1");
    }
}
