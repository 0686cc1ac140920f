package fr.cpts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.contract.ContractStatus;
import fr.cpts.domain.contract.DeadlineState;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.payment.PaymentOrderState;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.web.StateBadges.Tone;
import java.time.DayOfWeek;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StateBadgesTest {

    private final StateBadges badges = new StateBadges();

    static Stream<Enum<?>> everyState() {
        return Stream.of(
                        DossierState.values(),
                        ReviewState.values(),
                        SubsidyRequestState.values(),
                        PaymentOrderState.values(),
                        ContractStatus.values(),
                        DeadlineState.values(),
                        OpinionVerdict.values())
                .flatMap(Stream::of);
    }

    @ParameterizedTest
    @MethodSource("everyState")
    void everyStateOfEveryLifecycleHasItsLook(Enum<?> state) {
        assertThat(StateBadges.tone(state)).isNotNull();
    }

    @Test
    void whatIsDoneIsGreenWhatIsStoppedOrLateRedWhatAwaitsCorrectionsOrange() {
        assertThat(Stream.of(
                        DossierState.VALIDATED,
                        ReviewState.CLOSED,
                        SubsidyRequestState.ACCEPTED,
                        PaymentOrderState.PAID,
                        ContractStatus.ACTIVE,
                        DeadlineState.DONE))
                .allSatisfy(state -> assertThat(badges.of(state)).isEqualTo("fr-badge--success"));
        assertThat(Stream.of(
                        DossierState.REFUSED,
                        DossierState.CLOSED_WITHOUT_FOLLOW_UP,
                        SubsidyRequestState.REFUSED,
                        DeadlineState.OVERDUE))
                .allSatisfy(state -> assertThat(badges.of(state)).isEqualTo("fr-badge--error"));
        assertThat(Stream.of(
                        DossierState.CORRECTIONS_REQUESTED, ReviewState.CORRECTIONS_REQUESTED, DeadlineState.DUE_SOON))
                .allSatisfy(state -> assertThat(badges.of(state)).isEqualTo("fr-badge--warning"));
        assertThat(Stream.of(DossierState.SUBMITTED, ReviewState.SUBMITTED, SubsidyRequestState.FILED))
                .allSatisfy(state -> assertThat(StateBadges.tone(state)).isEqualTo(Tone.IN_PROGRESS));
    }

    @Test
    void whatTheReaderIsExpectedToHandleIsMarkedForThemUnlessItIsLate() {
        assertThat(badges.of(ReviewState.SUBMITTED, true)).isEqualTo("fr-badge--new");
        assertThat(badges.of(ReviewState.SUBMITTED, false)).isEqualTo("fr-badge--info");
        assertThat(badges.task(true, true)).isEqualTo("fr-badge--error");
        assertThat(badges.task(false, true)).isEqualTo("fr-badge--new");
        assertThat(badges.task(false, false)).isEqualTo("fr-badge--info");
    }

    @Test
    void aStatesShortNameAndSentenceAreMessagesNamedAfterItsTypeAndConstant() {
        assertThat(badges.key(DossierState.SUBMITTED)).isEqualTo("state.DossierState.SUBMITTED");
        assertThat(badges.key(ReviewState.CLOSED)).isEqualTo("state.ReviewState.CLOSED");
    }

    @Test
    void aValueThatIsNoLifecycleStateHasNoBadge() {
        assertThatThrownBy(() -> badges.of(DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }
}
