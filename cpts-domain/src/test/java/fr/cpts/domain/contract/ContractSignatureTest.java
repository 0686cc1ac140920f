package fr.cpts.domain.contract;

import static fr.cpts.domain.contract.ContractFixtures.ADMIN;
import static fr.cpts.domain.contract.ContractFixtures.ARS;
import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.NOW;
import static fr.cpts.domain.contract.ContractFixtures.PORTEUR;
import static fr.cpts.domain.contract.ContractFixtures.draft;
import static fr.cpts.domain.contract.ContractFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContractSignatureTest {

    private static Actor signerFor(ContractParty party) {
        return switch (party) {
            case CPTS -> PORTEUR;
            case ARS -> ARS;
            case CPAM -> CPAM;
        };
    }

    @Test
    void recordsWhoSignedWhenAndForWhichParty() {
        AciContractDraft draft = draft();

        draft.sign(ARS, NOW);

        assertThat(draft.signatures()).containsExactly(new ContractSignature(ContractParty.ARS, ARS, NOW));
        assertThat(draft.signatureOf(ContractParty.ARS)).contains(new ContractSignature(ContractParty.ARS, ARS, NOW));
        assertThat(draft.missingSignatures()).containsExactly(ContractParty.CPTS, ContractParty.CPAM);
        assertThat(draft.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
    }

    @Test
    void becomesActiveOnlyOnceTheThreePartiesHaveSigned() {
        AciContractDraft draft = draft();
        draft.sign(CPAM, NOW);
        draft.sign(PORTEUR, NOW.plusSeconds(60));
        assertThat(draft.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
        assertThatThrownBy(draft::signedContract)
                .isInstanceOf(DomainException.class)
                .hasMessage("Le contrat ACI n'est pas encore signé : il manque la signature de l'ARS.");

        draft.sign(ARS, NOW.plusSeconds(120));

        assertThat(draft.status()).isEqualTo(ContractStatus.ACTIVE);
        SignedContract signed = draft.signedContract();
        assertThat(signed.version()).isEqualTo(1);
        assertThat(signed.terms()).isEqualTo(terms());
        assertThat(signed.signatures())
                .extracting(ContractSignature::party)
                .containsExactly(ContractParty.CPAM, ContractParty.CPTS, ContractParty.ARS);
        assertThat(signed.fullySignedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(signed.signatureDate()).isEqualTo(ContractFixtures.SIGNED_ON);
    }

    @Test
    void listsEveryMissingPartyBeforeAnyoneSigned() {
        assertThatThrownBy(() -> draft().signedContract())
                .hasMessage("Le contrat ACI n'est pas encore signé : il manque les signatures du représentant de la "
                        + "CPTS, de l'ARS et de la CPAM.");
    }

    @ParameterizedTest
    @EnumSource(ContractParty.class)
    void refusesASecondSignatureBySameParty(ContractParty party) {
        AciContractDraft draft = draft();
        draft.sign(signerFor(party), NOW);
        Actor colleague = new Actor("autre", "Un collègue", party.role());

        assertThatThrownBy(() -> draft.sign(colleague, NOW.plusSeconds(60)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de signer le contrat ACI : " + party.label() + " l'a déjà signé ("
                        + signerFor(party).displayName() + ", le 15/01/2025).");
        assertThat(draft.signatures()).hasSize(1);
    }

    @Test
    void refusesASignatureByARoleThatIsNoParty() {
        AciContractDraft draft = draft();

        assertThatThrownBy(() -> draft.sign(ADMIN, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de signer le contrat ACI : le rôle « Administrateur » n'est pas partie au "
                        + "contrat, que signent le représentant de la CPTS, l'ARS et la CPAM.");
        assertThat(draft.signatures()).isEmpty();
    }

    @Test
    void allowsEditsUntilTheFirstSignature() {
        AciContractDraft draft = draft();
        ContractTerms t2 = new ContractTerms("T2", 60_000, terms().missions());

        draft.revise(t2);

        assertThat(draft.terms().bracketCode()).isEqualTo("T2");
    }

    @ParameterizedTest
    @EnumSource(ContractParty.class)
    void refusesEditsOnceAnyPartyHasSignedAndKeepsTheSignatures(ContractParty party) {
        AciContractDraft draft = draft();
        draft.sign(signerFor(party), Instant.parse("2025-01-20T23:30:00Z"));

        assertThatThrownBy(() -> draft.revise(new ContractTerms("T2", 60_000, terms().missions())))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de modifier le contrat ACI : " + party.label() + " l'a déjà signé le "
                        + "21/01/2025. Une fois la signature commencée, le texte ne change plus ; une modification "
                        + "passe par un avenant, une fois le contrat signé par les trois parties.");
        assertThat(draft.terms().bracketCode()).isEqualTo("T3");
        assertThat(draft.signatures()).hasSize(1);
    }

    @Test
    void keepsASignedContractImmutable() {
        AciContract contract = ContractFixtures.activeContract();
        SignedContract signed = contract.active().orElseThrow();

        assertThatThrownBy(() -> contract.revise(terms(), ContractFixtures.ARS))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de modifier le contrat ACI : il est signé par les trois parties et ne change "
                        + "plus ; préparez un avenant.");
        assertThatThrownBy(() -> contract.sign(PORTEUR, NOW))
                .hasMessage("Impossible de signer le contrat ACI : il est signé par les trois parties et ne change "
                        + "plus ; préparez un avenant.");
        assertThatThrownBy(() -> signed.signatures().add(new ContractSignature(ContractParty.CPTS, PORTEUR, NOW)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> signed.terms().missions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> signed.terms().missions().get(0).indicators().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(signed.signatures()).hasSize(3);
    }

    @Test
    void tellsWhereEachMissionOfTheSignedContractStandsAgainstItsDeadlines() {
        SignedContract signed = ContractFixtures.signedContract();

        MissionDueDates access =
                signed.dueDates(fr.cpts.domain.mission.Mission.ACCES_SOINS).orElseThrow();

        assertThat(access.startStatus(java.time.LocalDate.of(2025, 7, 1), null).label())
                .isEqualTo("à échéance dans 14 jours");
        assertThat(access.startStatus(java.time.LocalDate.of(2025, 7, 20), null).label())
                .isEqualTo("en retard de 5 jours");
        assertThat(access.deploymentStatus(java.time.LocalDate.of(2025, 7, 20), null)
                        .label())
                .isEqualTo("dans les délais (échéance le 15/07/2026)");
        assertThat(signed.dueDates(fr.cpts.domain.mission.Mission.QUALITE_PERTINENCE))
                .isEmpty();
    }

    @Test
    void neverBuildsASignedContractWithoutTheThreeSignatures() {
        AciContractDraft draft = draft();
        List<ContractSignature> two = List.of(
                new ContractSignature(ContractParty.CPTS, PORTEUR, NOW),
                new ContractSignature(ContractParty.ARS, ARS, NOW));

        assertThatThrownBy(() -> new SignedContract(
                        draft.cpts(),
                        1,
                        null,
                        draft.healthProjectValidatedOn(),
                        draft.signatureDate(),
                        draft.deadlines(),
                        draft.terms(),
                        two))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
