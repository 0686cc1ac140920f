package fr.cpts.funding.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.assistant.PatientListCommitment;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.assistant.CommitmentOutcome.State;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The doctor's commitment to grow the patient list (seed 002, « Les engagements du médecin »: +20 % to 0 % for the
 * 1/3 option, +25 % to 0 % for 1/2, +35 % to 5 % for full time; from year 3, csmf), and the year's aid that follows;
 * the modulation of a missed commitment is configurable and « à confirmer ».
 */
class CommitmentOutcomeTest {

    private static final AssistantSubsidy SUBSIDY = AssistantSubsidy.withShippedRuleSets();
    private static final LocalDate SIGNED_2024 = LocalDate.of(2024, 9, 1);
    private static final LocalDate SIGNED_2021 = LocalDate.of(2021, 3, 1);
    private static final PatientListCommitment PLUS_20 = new PatientListCommitment(1_000, 20);

    @ParameterizedTest(name = "{0} signé le {1} : +{2} % refusé, +{3} % et +{4} % acceptés, +{5} % refusé")
    @CsvSource({
        "THIRD, 2021-03-01, -1, 0, 20, 21",
        "HALF, 2021-03-01, -1, 0, 25, 26",
        "FULL, 2021-03-01, 4, 5, 35, 36",
        "HALF, 2024-09-01, -1, 0, 25, 26",
        "FULL, 2024-09-01, 4, 5, 35, 36"
    })
    void theIncreasePromisedLiesInTheRangeOfTheOption(
            AssistantOption option, LocalDate signed, int below, int lowest, int highest, int above) {
        if (below >= 0) {
            assertThat(SUBSIDY.commitmentRefusal(option, signed, new PatientListCommitment(800, below)))
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .contains("de " + lowest + " % à " + highest + " %", "la demande indique " + below + " %"));
        }
        assertThat(SUBSIDY.commitmentRefusal(option, signed, new PatientListCommitment(800, lowest)))
                .isEmpty();
        assertThat(SUBSIDY.commitmentRefusal(option, signed, new PatientListCommitment(800, highest)))
                .isEmpty();
        assertThat(SUBSIDY.commitmentRefusal(option, signed, new PatientListCommitment(800, above)))
                .isPresent();
    }

    @Test
    void beforeYearThreeTheAidIsPaidInFullWhateverTheList() {
        CommitmentOutcome year2 = outcome(2, Optional.of(PLUS_20), OptionalLong.of(900));

        assertThat(year2.state()).isEqualTo(State.NOT_YET_DUE);
        assertThat(year2.amount().amount()).isEqualTo(Money.euros(14_000));
        assertThat(year2.target()).hasValue(1_200);
    }

    @Test
    void fromYearThreeTheAidIsPaidInFullOnceThePromisedListIsReached() {
        assertThat(outcome(3, Optional.of(PLUS_20), OptionalLong.empty()).state())
                .isEqualTo(State.AWAITING_DECLARATION);
        CommitmentOutcome met = outcome(3, Optional.of(PLUS_20), OptionalLong.of(1_200));

        assertThat(met.state()).isEqualTo(State.MET);
        assertThat(met.amount().amount()).isEqualTo(Money.euros(11_000));
        assertThat(met.toConfirm()).isFalse();
    }

    @Test
    void aMissedCommitmentGivesTheConfiguredProrataShownAsToConfirm() {
        CommitmentOutcome missed = outcome(3, Optional.of(PLUS_20), OptionalLong.of(1_100));

        assertThat(missed.state()).isEqualTo(State.MISSED);
        assertThat(missed.toConfirm()).isTrue();
        assertThat(missed.amount().amount()).isEqualTo(Money.euros(5_500));
        assertThat(missed.amount().label())
                .isEqualTo(
                        "Aide de l'année 3 modulée (à confirmer) : engagement non tenu, 1 100 patients déclarés pour "
                                + "1 200 promis");
        assertThat(missed.amount().arithmetic())
                .startsWith("11 000,00 € × 100 / 200 patients de l'augmentation promise = 5 500,00 € ; règle « aide × "
                        + "part de l'augmentation promise atteinte » (")
                .contains("à confirmer par la caisse");
        assertThat(outcome(4, Optional.of(PLUS_20), OptionalLong.of(950))
                        .amount()
                        .amount())
                .as("a list below the initial one reaches none of the increase")
                .isEqualTo(Money.ZERO);
    }

    @Test
    void aRequestWithoutACommitmentCannotEstablishTheAidFromYearThree() {
        CommitmentOutcome outcome = outcome(3, Optional.empty(), OptionalLong.of(1_300));

        assertThat(outcome.state()).isEqualTo(State.NOT_RECORDED);
        assertThat(outcome.toConfirm()).isTrue();
    }

    @Test
    void thePromisedListIsRoundedUpToAWholePatient() {
        assertThat(new PatientListCommitment(1_001, 25).target()).isEqualTo(1_252);
        assertThat(new PatientListCommitment(SIGNED_2021.getYear(), 0).target()).isEqualTo(2_021);
    }

    private static CommitmentOutcome outcome(
            int year, Optional<PatientListCommitment> commitment, OptionalLong declared) {
        return SUBSIDY.commitmentOutcome(
                AssistantOption.HALF, SIGNED_2024, year, OptionalInt.of(50), commitment, declared);
    }
}
