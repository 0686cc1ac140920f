package fr.cpts.domain.contract;

import static fr.cpts.domain.contract.ContractFixtures.ADMIN;
import static fr.cpts.domain.contract.ContractFixtures.ARS;
import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.NOW;
import static fr.cpts.domain.contract.ContractFixtures.SIGNED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The end of the contract in force (signed 15/01/2025, 5 years: term 15/01/2030), recorded once by a party. */
class ContractEndTest {

    private static final LocalDate TERM = SIGNED_ON.plusYears(5);

    @Test
    void aPartyTerminatesTheContractOnADayWithinItsTermAndItChangesNoMore() {
        AciContract contract = ContractFixtures.activeContract();

        ContractEnd end = contract.end(
                EndCause.TERMINATION, LocalDate.of(2026, 3, 1), " Dissolution de l'association ", ARS, NOW, 5);

        assertThat(end.reason()).isEqualTo("Dissolution de l'association");
        assertThat(contract.status()).isEqualTo(ContractStatus.ENDED);
        assertThat(contract.statusOf(1)).isEqualTo(ContractStatus.ENDED);
        assertThat(contract.end()).contains(end);
        assertThatThrownBy(() -> contract.amend("Nouvelle mission", CPAM))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de préparer un avenant à ce contrat ACI : résiliation au 01/03/2026.");
        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, LocalDate.of(2026, 4, 1), "Encore", CPAM, NOW, 5))
                .hasMessage("La fin du contrat ACI est déjà enregistrée : résiliation au 01/03/2026.");
    }

    @Test
    void aYearTheContractEndsInHasNoReview() {
        ContractEnd end = ContractFixtures.activeContract()
                .end(EndCause.TERMINATION, LocalDate.of(2026, 3, 1), "Dissolution", ARS, NOW, 5);

        end.requireCovers(1, LocalDate.of(2026, 1, 15));
        assertThatThrownBy(() -> end.requireCovers(2, LocalDate.of(2027, 1, 15)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible d'ouvrir la revue annuelle de l'année 2 : résiliation au 01/03/2026, avant "
                        + "l'anniversaire du 15/01/2027 qui clôt cette année ; une année inachevée n'ouvre droit à "
                        + "aucune part variable.");
    }

    @Test
    void aContractNotRenewedEndsAtItsTermWhateverDayIsGiven() {
        AciContract contract = ContractFixtures.activeContract();

        ContractEnd end =
                contract.end(EndCause.NON_RENEWAL, LocalDate.of(2026, 3, 1), "Territoire fusionné", CPAM, NOW, 5);

        assertThat(end.endsOn()).isEqualTo(TERM);
        assertThat(end.describe()).isEqualTo("Non-renouvellement au 15/01/2030");
    }

    @Test
    void theEndIsRefusedOutsideTheContractsYearsWithoutAReasonOrByAnyoneButAParty() {
        AciContract contract = ContractFixtures.activeContract();

        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, SIGNED_ON, "Motif", ARS, NOW, 5))
                .hasMessage("Le contrat ACI signé le 15/01/2025 court jusqu'au 15/01/2030 : il ne peut pas prendre fin "
                        + "le 15/01/2025.");
        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, TERM.plusDays(1), "Motif", ARS, NOW, 5))
                .hasMessageContaining("il ne peut pas prendre fin le 16/01/2030");
        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, null, "Motif", ARS, NOW, 5))
                .hasMessage("Indiquez la date à laquelle le contrat ACI prend fin.");
        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, LocalDate.of(2026, 3, 1), " ", ARS, NOW, 5))
                .hasMessage("Indiquez le motif de la résiliation du contrat ACI.");
        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, LocalDate.of(2026, 3, 1), "Motif", ADMIN, NOW, 5))
                .hasMessageContaining("n'est pas partie au contrat");
        assertThat(contract.end()).isEmpty();
    }

    @Test
    void aContractNotYetSignedByTheThreePartiesCannotEnd() {
        AciContract contract = AciContract.draft(
                ContractFixtures.CPTS,
                ContractFixtures.PROJECT_VALIDATED,
                SIGNED_ON,
                ContractFixtures.terms(),
                MissionDeadlines.aciWithAvenant2());

        assertThatThrownBy(() -> contract.end(EndCause.TERMINATION, LocalDate.of(2026, 3, 1), "Motif", ARS, NOW, 5))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("il n'est pas encore signé par les trois parties");
    }
}
