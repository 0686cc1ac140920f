package fr.cpts.domain.review;

import static fr.cpts.domain.contract.ContractFixtures.ADMIN;
import static fr.cpts.domain.contract.ContractFixtures.ARS;
import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.PORTEUR;
import static fr.cpts.domain.contract.ContractFixtures.SCREENING;
import static fr.cpts.domain.contract.ContractFixtures.WITHOUT_DOCTOR;
import static fr.cpts.domain.contract.ContractFixtures.signedContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.lifecycle.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class YearlyReviewLifecycleTest {

    static final Instant OPENED = Instant.parse("2026-01-20T09:00:00Z");
    static final Instant MOVE_AT = Instant.parse("2026-03-02T10:00:00Z");

    /** A review of year 1 in that state: declared in full from DRAFT on, every indicator accepted once submitted. */
    static YearlyReview reviewIn(ReviewState state) {
        YearlyReview review = YearlyReview.open(signedContract(), 1, OPENED);
        review.declare(WITHOUT_DOCTOR, new BigDecimal("180"), "Requête SNIIRAM du 05/01/2026", PORTEUR, OPENED);
        review.declare(SCREENING, new BigDecimal("33.2"), null, PORTEUR, OPENED);
        if (state == ReviewState.DRAFT) {
            return review;
        }
        review.submit(PORTEUR, OPENED);
        if (state == ReviewState.CORRECTIONS_REQUESTED) {
            review.requestCorrections(CPAM, OPENED, "Joindre la requête");
            return review;
        }
        review.accept(WITHOUT_DOCTOR, CPAM, OPENED);
        review.accept(SCREENING, CPAM, OPENED);
        if (state == ReviewState.CLOSED) {
            review.close(CPAM, OPENED);
        }
        return review;
    }

    /** Makes the move as the role it belongs to, with a reason where one is needed. */
    static void make(YearlyReview review, ReviewMove move) {
        switch (move) {
            case DECLARE -> review.declare(SCREENING, new BigDecimal("35"), "Corrigé", PORTEUR, MOVE_AT);
            case SUBMIT -> review.submit(PORTEUR, MOVE_AT);
            case ACCEPT -> review.accept(SCREENING, CPAM, MOVE_AT);
            case ADJUST -> review.adjust(SCREENING, new BigDecimal("31"), "Données SNDS", CPAM, MOVE_AT);
            case REQUEST_CORRECTIONS -> review.requestCorrections(CPAM, MOVE_AT, "Justificatif manquant");
            case RESUBMIT -> review.resubmit(PORTEUR, MOVE_AT);
            case CLOSE -> review.close(CPAM, MOVE_AT);
            case DECLARE_CRISIS -> review.declareCrisis(ARS, MOVE_AT, "Arrêté du directeur général de l'ARS");
        }
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> cases = new ArrayList<>();
        for (ReviewState state : ReviewState.values()) {
            for (ReviewMove move : ReviewMove.values()) {
                if (!move.allowedFrom(state)) {
                    cases.add(Arguments.of(state, move));
                }
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> legalMoves() {
        return Stream.of(
                Arguments.of(ReviewState.DRAFT, ReviewMove.DECLARE, ReviewState.DRAFT),
                Arguments.of(ReviewState.DRAFT, ReviewMove.SUBMIT, ReviewState.SUBMITTED),
                Arguments.of(ReviewState.SUBMITTED, ReviewMove.ACCEPT, ReviewState.SUBMITTED),
                Arguments.of(ReviewState.SUBMITTED, ReviewMove.ADJUST, ReviewState.SUBMITTED),
                Arguments.of(ReviewState.SUBMITTED, ReviewMove.REQUEST_CORRECTIONS, ReviewState.CORRECTIONS_REQUESTED),
                Arguments.of(ReviewState.SUBMITTED, ReviewMove.CLOSE, ReviewState.CLOSED),
                Arguments.of(ReviewState.CORRECTIONS_REQUESTED, ReviewMove.DECLARE, ReviewState.CORRECTIONS_REQUESTED),
                Arguments.of(ReviewState.CORRECTIONS_REQUESTED, ReviewMove.RESUBMIT, ReviewState.SUBMITTED),
                Arguments.of(ReviewState.SUBMITTED, ReviewMove.DECLARE_CRISIS, ReviewState.SUBMITTED),
                Arguments.of(
                        ReviewState.CORRECTIONS_REQUESTED,
                        ReviewMove.DECLARE_CRISIS,
                        ReviewState.CORRECTIONS_REQUESTED));
    }

    @ParameterizedTest(name = "{1} depuis {0} est refusé")
    @MethodSource("illegalMoves")
    void refusesEveryMoveTheCycleDoesNotAllowNamingTheMoveAndTheState(ReviewState state, ReviewMove move) {
        YearlyReview review = reviewIn(state);
        List<Step<ReviewMove, ReviewState>> before = review.timeline();

        assertThatThrownBy(() -> make(review, move))
                .isInstanceOf(DomainException.class)
                .hasMessage(move.refusal() + " cette revue annuelle (année 1) : elle est à l'état « " + state.label()
                        + " ».");
        assertThat(review.state()).isEqualTo(state);
        assertThat(review.timeline()).isEqualTo(before);
    }

    @Test
    void coversEveryStateAndMoveWithTheLegalOrIllegalCases() {
        assertThat(legalMoves().count() + illegalMoves().count())
                .isEqualTo((long) ReviewState.values().length * ReviewMove.values().length);
        assertThat(legalMoves().filter(a -> ((ReviewMove) a.get()[1]).allowedFrom((ReviewState) a.get()[0])))
                .hasSize(10);
    }

    @ParameterizedTest(name = "{1} mène de {0} à {2}")
    @MethodSource("legalMoves")
    void recordsEachAllowedMoveWithWhoWhenFromToAndWhy(ReviewState from, ReviewMove move, ReviewState to) {
        YearlyReview review = reviewIn(from);
        int before = review.timeline().size();

        make(review, move);

        assertThat(review.state()).isEqualTo(to);
        assertThat(review.timeline()).hasSize(before + 1);
        Step<ReviewMove, ReviewState> recorded = review.timeline().get(before);
        assertThat(recorded.move()).isEqualTo(move);
        assertThat(recorded.from()).isEqualTo(from);
        assertThat(recorded.to()).isEqualTo(to);
        assertThat(recorded.actor())
                .isEqualTo(
                        switch (move.actor()) {
                            case PORTEUR -> PORTEUR;
                            case ARS_OFFICER -> ARS;
                            default -> CPAM;
                        });
        assertThat(recorded.at()).isEqualTo(MOVE_AT);
        assertThat(recorded.subject())
                .isEqualTo(
                        EnumSet.of(ReviewMove.DECLARE, ReviewMove.ACCEPT, ReviewMove.ADJUST)
                                        .contains(move)
                                ? SCREENING
                                : null);
        assertThat(recorded.reason() != null).isEqualTo(move.reasonRequired());
    }

    @ParameterizedTest(name = "{0} par un autre rôle est refusé")
    @EnumSource(ReviewMove.class)
    void refusesAMoveByAnotherRoleThanItsOwn(ReviewMove move) {
        ReviewState from = legalMoves()
                .filter(a -> a.get()[1] == move)
                .map(a -> (ReviewState) a.get()[0])
                .findFirst()
                .orElseThrow();
        YearlyReview review = reviewIn(from);
        for (Actor actor : List.of(PORTEUR, CPAM, ARS, ADMIN)) {
            if (actor.role() == move.actor()) {
                continue;
            }
            assertThatThrownBy(() -> {
                        switch (move) {
                            case DECLARE -> review.declare(SCREENING, BigDecimal.ONE, null, actor, MOVE_AT);
                            case SUBMIT -> review.submit(actor, MOVE_AT);
                            case ACCEPT -> review.accept(SCREENING, actor, MOVE_AT);
                            case ADJUST -> review.adjust(SCREENING, BigDecimal.ONE, "motif", actor, MOVE_AT);
                            case REQUEST_CORRECTIONS -> review.requestCorrections(actor, MOVE_AT, "motif");
                            case RESUBMIT -> review.resubmit(actor, MOVE_AT);
                            case CLOSE -> review.close(actor, MOVE_AT);
                            case DECLARE_CRISIS -> review.declareCrisis(actor, MOVE_AT, "Arrêté");
                        }
                    })
                    .isInstanceOf(DomainException.class)
                    .hasMessage(move.refusal() + " cette revue annuelle : seul le rôle « "
                            + move.actor().label() + " » le peut.");
        }
        assertThat(review.state()).isEqualTo(from);
    }

    @Test
    void refusesAnAdjustmentOrARequestForCorrectionsWithoutAReason() {
        YearlyReview review = reviewIn(ReviewState.SUBMITTED);

        assertThatThrownBy(() -> review.adjust(SCREENING, new BigDecimal("31"), " ", CPAM, MOVE_AT))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible d'ajuster un indicateur de cette revue annuelle sans en donner le motif.");
        assertThatThrownBy(() -> review.requestCorrections(CPAM, MOVE_AT, null))
                .hasMessage("Impossible de demander des corrections sur cette revue annuelle sans en donner le "
                        + "motif.");
        assertThat(review.assessment(SCREENING)).contains(IndicatorAssessment.accepted(new BigDecimal("33.2")));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} : « {1} »")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "DECLARE | Impossible de déclarer un indicateur de",
                "SUBMIT | Impossible de déposer",
                "ACCEPT | Impossible d'accepter un indicateur de",
                "ADJUST | Impossible d'ajuster un indicateur de",
                "REQUEST_CORRECTIONS | Impossible de demander des corrections sur",
                "RESUBMIT | Impossible de déposer de nouveau",
                "CLOSE | Impossible de clôturer"
            })
    void namesEachMoveInFrenchWithTheRightElision(ReviewMove move, String refusal) {
        assertThat(move.refusal()).isEqualTo(refusal);
    }

    @Test
    void offersEachRoleTheMovesItMayMakeNow() {
        assertThat(reviewIn(ReviewState.DRAFT).availableMoves(Role.PORTEUR))
                .containsExactlyInAnyOrder(ReviewMove.DECLARE, ReviewMove.SUBMIT);
        assertThat(reviewIn(ReviewState.SUBMITTED).availableMoves(Role.CPAM_OFFICER))
                .containsExactlyInAnyOrder(
                        ReviewMove.ACCEPT, ReviewMove.ADJUST, ReviewMove.REQUEST_CORRECTIONS, ReviewMove.CLOSE);
        assertThat(reviewIn(ReviewState.SUBMITTED).availableMoves(Role.PORTEUR)).isEmpty();
        assertThat(reviewIn(ReviewState.CLOSED).availableMoves(Role.CPAM_OFFICER))
                .isEmpty();
        assertThat(reviewIn(ReviewState.CLOSED).availableMoves(Role.PORTEUR)).isEmpty();
    }
}
