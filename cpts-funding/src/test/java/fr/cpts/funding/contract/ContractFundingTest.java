package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.YEAR_1_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.AciSimulator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The façade takes a signed contract, a draft, or terms and a signature date, alike. */
class ContractFundingTest {

    private static final ContractFunding FUNDING = new ContractFunding(AciSimulator.withShippedRuleSets());

    @Test
    void checksADraftAsItsTermsOnItsSignatureDate() {
        ContractCheckResult result = FUNDING.check(ContractExamples.draft(), POPULATION);

        assertThat(result).isEqualTo(FUNDING.check(ContractExamples.terms(), SIGNED_ON, POPULATION));
        assertThat(result.accepted()).isTrue();
    }

    @Test
    void schedulesASignedContractAsItsTermsOnItsSignatureDate() {
        SignedContract signed = ContractExamples.signed();

        assertThat(FUNDING.schedule(signed, POPULATION, Map.of(1, YEAR_1_ACCEPTED)))
                .isEqualTo(FUNDING.schedule(
                        signed.terms(),
                        signed.signatureDate(),
                        POPULATION,
                        Map.of(1, YEAR_1_ACCEPTED),
                        Set.of(),
                        MissionStarts.planned(signed.terms()),
                        Optional.empty()));
    }

    @Test
    void givesTheSameFiguresForAWhatIfWithEveryValueAsForTheReviewedStatement() {
        PaymentStatement reviewed = FUNDING.statement(ContractExamples.signed(), POPULATION, 1, YEAR_1_ACCEPTED);
        PaymentStatement simulated = FUNDING.whatIf(ContractExamples.signed(), POPULATION, 1, YEAR_1_ACCEPTED);

        assertThat(simulated.simulation()).isTrue();
        assertThat(reviewed.simulation()).isFalse();
        assertThat(simulated.balanceDue().amount())
                .isEqualTo(reviewed.balanceDue().amount())
                .isEqualTo(Money.of("37839.04"));
        assertThat(simulated.warnings()).isEqualTo(reviewed.warnings());
    }
}
