package fr.cpts.domain.assistant;

import static fr.cpts.domain.assistant.AssistantRequestFixtures.CPAM;
import static fr.cpts.domain.assistant.AssistantRequestFixtures.PORTEUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The patient list the porteur declares each year of an accepted request (assistant hired 01/10/2025), against which
 * the doctor's commitment is checked from year 3.
 */
class PatientListDeclarationTest {

    private static final LocalDate YEAR_3 = LocalDate.of(2027, 10, 1);

    @Test
    void thePorteurDeclaresTheListOfAYearStartedAndMayCorrectIt() {
        AssistantSubsidyRequest request = AssistantRequestFixtures.requestIn(SubsidyRequestState.ACCEPTED);

        request.declarePatientList(3, 1_150, PORTEUR, YEAR_3, 5);
        request.declarePatientList(3, 1_180, PORTEUR, YEAR_3.plusDays(10), 5);

        assertThat(request.declaredPatientLists()).containsExactly(java.util.Map.entry(3, 1_180L));
    }

    @Test
    void aDeclarationIsRefusedBeforeTheYearStartsOutsideTheContractOrBeforeAcceptance() {
        AssistantSubsidyRequest accepted = AssistantRequestFixtures.requestIn(SubsidyRequestState.ACCEPTED);

        assertThatThrownBy(() -> accepted.declarePatientList(3, 1_150, PORTEUR, YEAR_3.minusDays(1), 5))
                .isInstanceOf(DomainException.class)
                .hasMessage("L'année 3 du contrat commence le 01/10/2027 : sa patientèle se déclare à partir de cette "
                        + "date.");
        assertThatThrownBy(() -> accepted.declarePatientList(6, 1_150, PORTEUR, YEAR_3, 5))
                .hasMessage("Choisissez une année du contrat, de 1 à 5.");
        assertThatThrownBy(() -> accepted.declarePatientList(3, -1, PORTEUR, YEAR_3, 5))
                .hasMessageContaining("entre 0 et 100 000");
        assertThatThrownBy(() -> accepted.declarePatientList(3, 1_150, CPAM, YEAR_3, 5))
                .hasMessageContaining("Seul le porteur de projet");
        assertThatThrownBy(() -> AssistantRequestFixtures.requestIn(SubsidyRequestState.FILED)
                        .declarePatientList(1, 1_000, PORTEUR, YEAR_3, 5))
                .hasMessageContaining("une fois la demande acceptée");
        assertThat(accepted.declaredPatientLists()).isEmpty();
    }

    @Test
    void theCommitmentPromisesAnIncreaseOfTheInitialList() {
        assertThatThrownBy(() -> new PatientListCommitment(0, 10)).hasMessageContaining("patientèle initiale");
        assertThatThrownBy(() -> new PatientListCommitment(1_000, 101)).hasMessageContaining("augmentation promise");
        assertThat(new PatientListCommitment(1_000, 35).target()).isEqualTo(1_350);
    }
}
