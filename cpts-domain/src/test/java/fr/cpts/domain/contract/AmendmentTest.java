package fr.cpts.domain.contract;

import static fr.cpts.domain.contract.ContractFixtures.ARS;
import static fr.cpts.domain.contract.ContractFixtures.CPAM;
import static fr.cpts.domain.contract.ContractFixtures.CPTS;
import static fr.cpts.domain.contract.ContractFixtures.NOW;
import static fr.cpts.domain.contract.ContractFixtures.PORTEUR;
import static fr.cpts.domain.contract.ContractFixtures.PROJECT_VALIDATED;
import static fr.cpts.domain.contract.ContractFixtures.SIGNED_ON;
import static fr.cpts.domain.contract.ContractFixtures.activeContract;
import static fr.cpts.domain.contract.ContractFixtures.terms;
import static fr.cpts.domain.contract.ContractFixtures.termsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentTest {

    private static final ContractTerms WITH_QUALITY = termsWith(new ContractMission(
            Mission.QUALITE_PERTINENCE,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            Money.euros(15_000),
            List.of()));

    @Test
    void goesThroughDraftAndSignaturesBeforeBeingActive() {
        AciContract contract =
                AciContract.draft(CPTS, PROJECT_VALIDATED, SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.active()).isEmpty();

        contract.sign(PORTEUR, NOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
        contract.sign(ARS, NOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
        contract.sign(CPAM, NOW);

        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.pendingDraft()).isEmpty();
        assertThat(contract.versions()).hasSize(1);
        assertThat(contract.statusOf(1)).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void createsTheNextVersionFromTheActiveOneWithItsReason() {
        AciContract contract = activeContract();

        AciContractDraft amendment =
                contract.amend("Ajout de la mission qualité et pertinence des soins", ContractFixtures.ARS);

        assertThat(amendment.version()).isEqualTo(2);
        assertThat(amendment.amendmentReason()).contains("Ajout de la mission qualité et pertinence des soins");
        assertThat(amendment.terms()).isEqualTo(terms());
        assertThat(amendment.signatureDate()).isEqualTo(SIGNED_ON);
        assertThat(amendment.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.statusOf(2)).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.statusOf(1)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void refusesAnAmendmentWithoutReasonBeforeSignatureOrWhileAnotherIsPrepared() {
        AciContract contract = activeContract();
        AciContract unsigned =
                AciContract.draft(CPTS, PROJECT_VALIDATED, SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());

        assertThatThrownBy(() -> contract.amend("  ", ContractFixtures.ARS))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de préparer un avenant au contrat ACI sans en donner le motif.");
        assertThatThrownBy(() -> unsigned.amend("Changement", ContractFixtures.ARS))
                .hasMessage("Impossible de préparer un avenant : le contrat ACI n'est pas encore signé par les trois "
                        + "parties.");
        contract.amend("Ajout d'une mission", ContractFixtures.ARS);
        assertThatThrownBy(() -> contract.amend("Un autre", ContractFixtures.ARS))
                .hasMessage("Impossible de préparer un avenant : l'avenant n° 1 est déjà en préparation (projet de "
                        + "contrat).");
    }

    @Test
    void replacesTheActiveVersionOnlyWhenTheAmendmentIsFullySignedAndKeepsEarlierVersionsReadable() {
        AciContract contract = activeContract();
        SignedContract first = contract.active().orElseThrow();
        contract.amend("Ajout de la mission qualité et pertinence des soins", ContractFixtures.ARS);
        contract.revise(WITH_QUALITY, ContractFixtures.ARS);
        contract.sign(CPAM, NOW.plusSeconds(86_400));
        contract.sign(PORTEUR, NOW.plusSeconds(86_500));
        assertThat(contract.active()).contains(first);
        assertThat(contract.statusOf(2)).isEqualTo(ContractStatus.AWAITING_SIGNATURES);

        contract.sign(ARS, NOW.plusSeconds(86_600));

        SignedContract second = contract.active().orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.terms()).isEqualTo(WITH_QUALITY);
        assertThat(second.amendmentReason()).contains("Ajout de la mission qualité et pertinence des soins");
        assertThat(contract.statusOf(1)).isEqualTo(ContractStatus.SUPERSEDED);
        assertThat(contract.statusOf(2)).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.version(1)).contains(first);
        assertThat(contract.version(1).orElseThrow().terms()).isEqualTo(terms());
        assertThat(contract.versions()).extracting(SignedContract::version).containsExactly(1, 2);
        assertThat(contract.pendingDraft()).isEmpty();
    }

    @Test
    void refusesEditsToAnAmendmentOnceOnePartySignedIt() {
        AciContract contract = activeContract();
        contract.amend("Ajout d'une mission", ContractFixtures.ARS);
        contract.revise(WITH_QUALITY, ContractFixtures.ARS);
        contract.sign(ARS, NOW.plusSeconds(86_400));

        assertThatThrownBy(() -> contract.revise(WITH_QUALITY, ContractFixtures.ARS))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Impossible de modifier l'avenant n° 1 : l'ARS l'a déjà signé le 16/01/2025.");
        assertThatThrownBy(() -> contract.sign(
                        new fr.cpts.domain.account.Actor(
                                "ars2", "Autre agent", fr.cpts.domain.account.Role.ARS_OFFICER),
                        NOW.plusSeconds(90_000)))
                .hasMessage("Impossible de signer l'avenant n° 1 : l'ARS l'a déjà signé (Julien Lefèvre, le "
                        + "16/01/2025).");
    }

    @Test
    void refusesToSignAnAmendmentThatChangesNothing() {
        AciContract contract = activeContract();
        contract.amend("Mise à jour", ContractFixtures.ARS);

        assertThat(contract.changes()).isEmpty();
        assertThatThrownBy(() -> contract.sign(ARS, NOW.plusSeconds(86_400)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Impossible de signer l'avenant n° 1 : il ne change rien au contrat en vigueur (le "
                        + "contrat ACI). Modifiez d'abord les clauses qu'il doit changer.");
        assertThat(contract.pendingDraft().orElseThrow().signatures()).isEmpty();
    }

    @Test
    void listsWhatAnAmendmentChangesMissionByMissionAndAmountByAmount() {
        AciContract contract = activeContract();
        contract.amend("Ajout de la mission qualité, population mise à jour", ContractFixtures.ARS);
        List<ContractMission> missions = new java.util.ArrayList<>(WITH_QUALITY.missions());
        ContractMission crisis = missions.stream()
                .filter(m -> m.mission() == Mission.CRISES_SANITAIRES)
                .findFirst()
                .orElseThrow();
        missions.set(
                missions.indexOf(crisis),
                new ContractMission(
                        crisis.mission(),
                        crisis.startOn(),
                        crisis.fullyDeployedOn(),
                        Money.euros(25_000),
                        crisis.indicators()));
        contract.revise(new ContractTerms("T3", 125_000, missions), ContractFixtures.ARS);

        assertThat(contract.changes())
                .extracting(ContractChange::subject, change -> change.before().orElse("—"), change -> change.after()
                        .orElse("—"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Population du territoire", "120 000 habitants", "125 000 habitants"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Part fixe annuelle — Réponse aux crises sanitaires graves",
                                "22 500,00 €",
                                "25 000,00 €"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Mission — Qualité et pertinence des soins", "—", "au contrat"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Démarrage — Qualité et pertinence des soins", "—", "01/01/2026"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Déploiement complet — Qualité et pertinence des soins", "—", "31/12/2026"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Part fixe annuelle — Qualité et pertinence des soins", "—", "15 000,00 €"));
    }

    @Test
    void keepsTheDeadlinesOfTheOriginalSignatureInAnAmendment() {
        AciContract contract = activeContract();
        contract.amend("Report du démarrage de la prévention", ContractFixtures.ARS);
        ContractMission late = new ContractMission(
                Mission.PREVENTION,
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30),
                Money.euros(17_500),
                List.of());

        assertThatThrownBy(() -> contract.revise(termsWith(late), ContractFixtures.ARS))
                .hasMessage("La mission « Prévention » doit démarrer au plus tard 12 mois après la signature, soit le "
                        + "15/01/2026 : la date prévue, le 01/02/2026, dépasse ce délai.");
    }

    @Test
    void answersNoStatusForAVersionThatDoesNotExist() {
        assertThatThrownBy(() -> activeContract().statusOf(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(activeContract().version(2)).isEmpty();
    }

    @Test
    void onlyAPartyToTheContractRevisesOrAmendsIt() {
        AciContract signed = ContractFixtures.activeContract();
        AciContract drafted = AciContract.draft(
                ContractFixtures.CPTS,
                ContractFixtures.PROJECT_VALIDATED,
                ContractFixtures.SIGNED_ON,
                ContractFixtures.terms(),
                MissionDeadlines.aciWithAvenant2());

        assertThatThrownBy(() -> signed.amend("Changement", ContractFixtures.ADMIN))
                .hasMessageStartingWith("Impossible de préparer un avenant à ce contrat ACI : le rôle « ");
        assertThatThrownBy(() -> drafted.revise(ContractFixtures.terms(), ContractFixtures.ADMIN))
                .hasMessageContaining("n'est pas partie au contrat");
    }
}
