package fr.cpts.domain.contract;

import static fr.cpts.domain.contract.ContractFixtures.CPTS;
import static fr.cpts.domain.contract.ContractFixtures.PROJECT_VALIDATED;
import static fr.cpts.domain.contract.ContractFixtures.SCREENING;
import static fr.cpts.domain.contract.ContractFixtures.SIGNED_ON;
import static fr.cpts.domain.contract.ContractFixtures.WITHOUT_DOCTOR;
import static fr.cpts.domain.contract.ContractFixtures.coreMissions;
import static fr.cpts.domain.contract.ContractFixtures.draft;
import static fr.cpts.domain.contract.ContractFixtures.terms;
import static fr.cpts.domain.contract.ContractFixtures.termsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AciContractDraftTest {

    @Test
    void draftsTheContractOfACptsWhoseHealthProjectIsValidated() {
        AciContractDraft draft = draft();

        assertThat(draft.cpts()).isEqualTo(CPTS);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.amendmentReason()).isEmpty();
        assertThat(draft.healthProjectValidatedOn()).isEqualTo(PROJECT_VALIDATED);
        assertThat(draft.signatureDate()).isEqualTo(SIGNED_ON);
        assertThat(draft.terms().bracketCode()).isEqualTo("T3");
        assertThat(draft.terms().missions())
                .extracting(ContractMission::mission)
                .containsExactly(Mission.ACCES_SOINS, Mission.PARCOURS, Mission.PREVENTION, Mission.CRISES_SANITAIRES);
        assertThat(draft.terms().indicators()).extracting(Indicator::name).containsExactly(WITHOUT_DOCTOR, SCREENING);
        assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(draft.signatures()).isEmpty();
    }

    @Test
    void refusesAContractDatedBeforeTheHealthProjectWasValidated() {
        assertThatThrownBy(() -> AciContractDraft.first(
                        CPTS,
                        PROJECT_VALIDATED,
                        PROJECT_VALIDATED.minusDays(1),
                        terms(),
                        MissionDeadlines.aciWithAvenant2()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Le contrat ACI ne peut pas être signé le 01/12/2024 : il suppose un projet de santé "
                        + "validé, et celui de la CPTS ne l'a été que le 02/12/2024.");
    }

    @Test
    void acceptsAContractSignedTheDayTheHealthProjectIsValidated() {
        AciContractDraft draft =
                AciContractDraft.first(CPTS, SIGNED_ON, SIGNED_ON, terms(), MissionDeadlines.aciWithAvenant2());

        assertThat(draft.signatureDate()).isEqualTo(SIGNED_ON);
    }

    @ParameterizedTest
    @EnumSource(
            value = Mission.class,
            names = {"ACCES_SOINS", "PARCOURS", "PREVENTION", "CRISES_SANITAIRES"})
    void refusesADraftMissingACoreMissionNamingIt(Mission missing) {
        List<ContractMission> missions = new ArrayList<>(coreMissions());
        missions.removeIf(m -> m.mission() == missing);

        assertThatThrownBy(() -> AciContractDraft.first(
                        CPTS,
                        PROJECT_VALIDATED,
                        SIGNED_ON,
                        new ContractTerms("T3", 120_000, missions),
                        MissionDeadlines.aciWithAvenant2()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Le contrat ACI doit comporter la mission socle « " + missing.label() + " » : elle "
                        + "manque.");
    }

    @Test
    void takesTheOptionalMissionsTheCptsChoosesWithAnyCalendar() {
        ContractTerms terms = termsWith(new ContractMission(
                Mission.QUALITE_PERTINENCE,
                LocalDate.of(2028, 1, 1),
                LocalDate.of(2029, 12, 31),
                Money.euros(15_000),
                List.of()));

        AciContractDraft draft =
                AciContractDraft.first(CPTS, PROJECT_VALIDATED, SIGNED_ON, terms, MissionDeadlines.aciWithAvenant2());

        assertThat(draft.terms().mission(Mission.QUALITE_PERTINENCE)).isPresent();
        assertThat(draft.terms().mission(Mission.ACCOMPAGNEMENT_PROFESSIONNELS)).isEmpty();
        assertThat(draft.dueDates(Mission.QUALITE_PERTINENCE)).isEmpty();
        assertThat(draft.dueDates(Mission.PARCOURS))
                .contains(new MissionDueDates(Mission.PARCOURS, LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 15)));
    }

    @Test
    void refusesAMissionTwiceOrAnIndicatorNameTwiceOrNoBracket() {
        List<ContractMission> twice = new ArrayList<>(coreMissions());
        twice.add(coreMissions().get(1));
        ContractMission prevention = coreMissions().get(2);
        List<ContractMission> sameIndicator = new ArrayList<>(coreMissions());
        sameIndicator.set(
                1,
                new ContractMission(
                        Mission.PARCOURS,
                        LocalDate.of(2025, 6, 1),
                        LocalDate.of(2026, 6, 1),
                        Money.euros(45_000),
                        prevention.indicators()));

        assertThatThrownBy(() -> new ContractTerms("T3", 120_000, twice))
                .hasMessage("La mission « Parcours pluriprofessionnels » figure deux fois au contrat.");
        assertThatThrownBy(() -> new ContractTerms("T3", 120_000, sameIndicator))
                .hasMessage("L'indicateur « " + SCREENING + " » figure deux fois au contrat.");
        assertThatThrownBy(() -> new ContractTerms(" ", 120_000, coreMissions()))
                .hasMessage("Le contrat ACI doit indiquer la tranche de population de la CPTS.");
        assertThatThrownBy(() -> new ContractTerms("T3", 0, coreMissions()))
                .hasMessageStartingWith("Le contrat ACI doit indiquer la population du territoire de la CPTS");
    }

    @ParameterizedTest(name = "{0} démarrant la veille de la signature : refusé")
    @CsvSource({"ACCES_SOINS", "QUALITE_PERTINENCE"})
    void refusesAMissionStartingBeforeTheSignature(Mission mission) {
        ContractMission early = new ContractMission(
                mission, SIGNED_ON.minusDays(1), SIGNED_ON.plusMonths(6), Money.euros(1), List.of());

        assertThatThrownBy(() -> AciContractDraft.first(
                        CPTS, PROJECT_VALIDATED, SIGNED_ON, termsWith(early), MissionDeadlines.aciWithAvenant2()))
                .isInstanceOf(DomainException.class)
                .hasMessageEndingWith("avant la signature du contrat le 15/01/2025.");
    }

    @ParameterizedTest(name = "{0} démarrant le {1} : accepté")
    @CsvSource({
        "ACCES_SOINS, 2025-07-14",
        "ACCES_SOINS, 2025-07-15",
        "PARCOURS, 2026-01-15",
        "PREVENTION, 2026-01-15",
        "CRISES_SANITAIRES, 2025-07-15"
    })
    void acceptsAStartUpToTheDeadlineDayIncluded(Mission mission, LocalDate startOn) {
        ContractMission terms = new ContractMission(mission, startOn, startOn.plusMonths(6), Money.euros(1), List.of());

        AciContractDraft draft = AciContractDraft.first(
                CPTS, PROJECT_VALIDATED, SIGNED_ON, termsWith(terms), MissionDeadlines.aciWithAvenant2());

        assertThat(draft.terms().mission(mission)).contains(terms);
    }

    @ParameterizedTest(name = "{0} démarrant le {3} : refusé")
    @CsvSource(
            delimiter = '|',
            value = {
                "ACCES_SOINS       | 6  | 15/07/2025 | 2025-07-16",
                "PARCOURS          | 12 | 15/01/2026 | 2026-01-16",
                "PREVENTION        | 12 | 15/01/2026 | 2026-01-16",
                "CRISES_SANITAIRES | 6  | 15/07/2025 | 2025-07-16"
            })
    void refusesAStartAfterTheDeadlineNamingMissionDeadlineAndDate(
            Mission mission, int months, String due, LocalDate startOn) {
        ContractMission late = new ContractMission(mission, startOn, startOn, Money.euros(1), List.of());

        assertThatThrownBy(() -> AciContractDraft.first(
                        CPTS, PROJECT_VALIDATED, SIGNED_ON, termsWith(late), MissionDeadlines.aciWithAvenant2()))
                .isInstanceOf(DomainException.class)
                .hasMessage("La mission « " + mission.label() + " » doit démarrer au plus tard " + months
                        + " mois après la signature, soit le " + due + " : la date prévue, le "
                        + FrenchDates.day(startOn) + ", dépasse ce délai.");
    }

    @ParameterizedTest(name = "{0} entièrement déployée le {3} : refusé")
    @CsvSource(
            delimiter = '|',
            value = {
                "ACCES_SOINS       | 18 | 15/07/2026 | 2026-07-16",
                "PARCOURS          | 24 | 15/01/2027 | 2027-01-16",
                "PREVENTION        | 24 | 15/01/2027 | 2027-01-16",
                "CRISES_SANITAIRES | 18 | 15/07/2026 | 2026-07-16"
            })
    void refusesAFullDeploymentAfterTheDeadline(Mission mission, int months, String due, LocalDate deployedOn) {
        ContractMission late =
                new ContractMission(mission, LocalDate.of(2025, 3, 1), deployedOn, Money.euros(1), List.of());

        assertThatThrownBy(() -> AciContractDraft.first(
                        CPTS, PROJECT_VALIDATED, SIGNED_ON, termsWith(late), MissionDeadlines.aciWithAvenant2()))
                .isInstanceOf(DomainException.class)
                .hasMessage("La mission « " + mission.label() + " » doit être entièrement déployée au plus tard "
                        + months + " mois après la signature, soit le " + due + " : la date prévue, le "
                        + FrenchDates.day(deployedOn) + ", dépasse ce délai.");
    }

    @Test
    void refusesAFullDeploymentBeforeTheStart() {
        assertThatThrownBy(() -> new ContractMission(
                        Mission.PREVENTION,
                        LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 8, 31),
                        Money.euros(1),
                        List.of()))
                .isInstanceOf(DomainException.class)
                .hasMessage("La mission « Prévention » ne peut pas être entièrement déployée (31/08/2025) avant "
                        + "d'avoir démarré (01/09/2025).");
    }

    @Test
    void checksTheDeadlinesAgainWhenTheDraftIsRevised() {
        AciContractDraft draft = draft();
        ContractMission late = new ContractMission(
                Mission.ACCES_SOINS,
                LocalDate.of(2025, 8, 1),
                LocalDate.of(2026, 1, 1),
                Money.euros(90_000),
                List.of());

        assertThatThrownBy(() -> draft.revise(termsWith(late))).hasMessageContaining("le 01/08/2025");
        assertThat(draft.terms()).isEqualTo(terms());
    }

    @Test
    void describesIndicatorsWithBaselineTargetAndBinaryOrTieredReward() {
        Indicator screening = draft().terms().indicators().get(1);
        Indicator withoutDoctor = draft().terms().indicators().get(0);

        assertThat(screening.baseline()).isEqualByComparingTo("28.5");
        assertThat(screening.target()).isEqualByComparingTo("40");
        assertThat(screening.reward()).isEqualTo(new BinaryReward(Money.euros(3_500)));
        assertThat(screening.reward().maximum()).isEqualTo(Money.euros(3_500));
        assertThat(withoutDoctor.reward()).isInstanceOf(TieredReward.class);
        assertThat(((TieredReward) withoutDoctor.reward()).tiers())
                .extracting(RewardTier::label)
                .containsExactly("101 à 219", "51 à 100", "50 ou moins");
        assertThat(withoutDoctor.reward().maximum()).isEqualTo(Money.euros(9_000));
        assertThatThrownBy(() -> new TieredReward(List.of()))
                .hasMessage("Un indicateur à paliers doit en avoir au moins un.");
        assertThatThrownBy(() -> new Indicator(" ", BigDecimal.ONE, BigDecimal.TEN, new BinaryReward(Money.euros(1))))
                .hasMessage("Un indicateur doit être nommé.");
    }
}
