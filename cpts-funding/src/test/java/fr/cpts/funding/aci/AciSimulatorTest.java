package fr.cpts.funding.aci;

import static fr.cpts.funding.aci.ContractFixtures.allReached;
import static fr.cpts.funding.aci.ContractFixtures.mission;
import static fr.cpts.funding.aci.ContractFixtures.workedT4Example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import fr.cpts.funding.indicator.IndicatorResults;
import fr.cpts.funding.schedule.PaymentLine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AciSimulatorTest {

    private static final AciSimulator SIMULATOR = AciSimulator.withShippedRuleSets();
    private static final LocalDate SIGNATURE_2020 = LocalDate.of(2020, 1, 1);
    private static final YearlyReview ALL_REACHED = YearlyReview.of(allReached());
    private static final String T4_MISSIONS_WARNING =
            "Le montant annuel des missions (360 000,00 €) dépasse le plafond des missions "
                    + "de la tranche T4 (340 000,00 €) de « ACI 2019 », mais ce plafond contredit le total possible de la même tranche : "
                    + "seul le total possible est appliqué.";

    @Test
    void reproducesTheSeedWorkedT4ExampleUnderAci2019() {
        ContractYearSimulation year1 = SIMULATOR.simulateYear(workedT4Example(SIGNATURE_2020), 1, ALL_REACHED);

        assertThat(year1.ruleSetName()).isEqualTo("ACI 2019");
        assertThat(year1.bracket().code()).isEqualTo("T4");
        assertThat(year1.schedule().totalAmount()).isEqualTo(Money.euros(450_000));
        assertThat(year1.schedule().total().amount()).isEqualTo(Money.euros(450_000));
    }

    @Test
    void passesTheWorkedExampleOnTheTotalAndWarnsThatItExceedsTheContradictoryMissionsCeiling() {
        assertThat(SIMULATOR
                        .simulateYear(workedT4Example(SIGNATURE_2020), 1, ALL_REACHED)
                        .warnings())
                .containsExactly(T4_MISSIONS_WARNING);
    }

    @Test
    void laysOutTheWorkedExampleSecondYearWithAdvancesAndBalances() {
        ContractYearSimulation year2 = SIMULATOR.simulateYear(workedT4Example(SIGNATURE_2020), 2, ALL_REACHED);
        List<PaymentLine> lines = year2.schedule().lines();

        assertThat(year2.schedule().totalAmount()).isEqualTo(Money.euros(450_000));
        assertThat(lines)
                .filteredOn(line -> line.label().contains("fonctionnement"))
                .extracting(PaymentLine::date, PaymentLine::label, PaymentLine::amount)
                .containsExactly(
                        tuple(
                                LocalDate.of(2021, 1, 1),
                                "Avance de 75 % du fonctionnement – année 2",
                                Money.euros(67_500)),
                        tuple(
                                LocalDate.of(2022, 1, 1),
                                "Solde de 25 % du fonctionnement – année 2 : au plus tôt le 01/01/2022, après la revue annuelle",
                                Money.euros(22_500)));
        assertThat(lines)
                .filteredOn(line -> line.label().contains("Prévention"))
                .extracting(PaymentLine::date, PaymentLine::label, PaymentLine::amount)
                .containsExactly(
                        tuple(
                                LocalDate.of(2021, 1, 1),
                                "Avance de 75 % de la part fixe – Prévention – année 2",
                                Money.euros(15_000)),
                        tuple(
                                LocalDate.of(2022, 1, 1),
                                "Solde de 25 % de la part fixe – Prévention – année 2 : au plus tôt le 01/01/2022, après la revue annuelle",
                                Money.euros(5_000)),
                        tuple(
                                LocalDate.of(2022, 1, 1),
                                "Part variable – Prévention – année 2 : au plus tôt le 01/01/2022, après la revue annuelle",
                                Money.euros(20_000)));
    }

    @Test
    void explainsTheFunctioningAmountWithItsRuleSetParameterAndLegalReference() {
        PaymentLine first = SIMULATOR
                .simulateYear(workedT4Example(SIGNATURE_2020), 1, ALL_REACHED)
                .schedule()
                .lines()
                .get(0);
        assertThat(first.date()).isEqualTo(SIGNATURE_2020);
        assertThat(first.label()).isEqualTo("Fonctionnement – année 1 : versement intégral à la signature");
        assertThat(first.explanation().arithmetic()).isEqualTo("100 % × 90 000,00 € = 90 000,00 €");
        Explanation functioning = first.explanation().details().get(0);
        assertThat(functioning.label()).isEqualTo("Fonctionnement – tranche T4");
        assertThat(functioning.provenance()).hasValueSatisfying(provenance -> {
            assertThat(provenance.ruleSetName()).isEqualTo("ACI 2019");
            assertThat(provenance.parameterName()).isEqualTo("fonctionnement T4");
            assertThat(provenance.legalReference()).endsWith("approuvé par arrêté du 21 août 2019 (21/08/2019)");
        });
    }

    @Test
    void explainsTheVariablePartIndicatorByIndicator() {
        PaymentLine variable = SIMULATOR
                .simulateYear(
                        workedT4Example(SIGNATURE_2020),
                        1,
                        YearlyReview.of(
                                IndicatorResults.none().measured("ALD_SANS_MT", new java.math.BigDecimal("75"))))
                .schedule()
                .lines()
                .stream()
                .filter(line -> line.label().startsWith("Part variable – Accès"))
                .findFirst()
                .orElseThrow();
        Explanation sum = variable.explanation().details().get(0);
        assertThat(sum.amount()).isEqualTo(Money.euros(6_000));
        assertThat(sum.arithmetic()).isEqualTo("6 000,00 € + 0,00 € = 6 000,00 €");
        assertThat(sum.details())
                .extracting(Explanation::label)
                .containsExactly("Patients en ALD sans médecin traitant", "Objectif SNP");
    }

    @Test
    void refusesATotalAboveTheBracketTotalNamingTheCeilingAndRuleSet() {
        AciContract contract = new AciContract(
                SIGNATURE_2020,
                200_000,
                concat(
                        workedT4Example(SIGNATURE_2020).missions(),
                        mission(Mission.CRISES_SANITAIRES, SIGNATURE_2020, 1_000, 10_000)));
        assertThatThrownBy(() -> SIMULATOR.simulateYear(contract, 1, ALL_REACHED))
                .isInstanceOf(CeilingExceeded.class)
                .hasMessage(
                        "Le financement annuel (fonctionnement 90 000,00 € + missions 361 000,00 € = 451 000,00 €) dépasse "
                                + "le total possible de la tranche T4 (450 000,00 €) fixé par « ACI 2019 ».");
    }

    @Test
    void refusesMissionsAboveAConsistentMissionsCeiling() {
        AciContract contract = new AciContract(
                SIGNATURE_2020, 60_000, List.of(mission(Mission.ACCES_SOINS, SIGNATURE_2020, 228_000, 0)));
        assertThatThrownBy(() -> SIMULATOR.simulateYear(contract, 1, ALL_REACHED))
                .isInstanceOfSatisfying(CeilingExceeded.class, refusal -> assertThat(refusal.reasons())
                        .containsExactly(
                                "Le montant annuel des missions (228 000,00 €) dépasse le plafond des missions de la tranche T2 "
                                        + "(227 000,00 €) fixé par « ACI 2019 ».",
                                "Le financement annuel (fonctionnement 60 000,00 € + missions 228 000,00 € = 288 000,00 €) dépasse "
                                        + "le total possible de la tranche T2 (287 000,00 €) fixé par « ACI 2019 »."));
    }

    @Test
    void acceptsMissionsExactlyAtTheCeiling() {
        AciContract contract = new AciContract(
                SIGNATURE_2020, 60_000, List.of(mission(Mission.ACCES_SOINS, SIGNATURE_2020, 227_000, 0)));
        ContractYearSimulation year = SIMULATOR.simulateYear(contract, 1, ALL_REACHED);
        assertThat(year.warnings()).isEmpty();
        assertThat(year.schedule().totalAmount()).isEqualTo(Money.euros(287_000));
    }

    @Test
    void countsTheCrisisVariableEnvelopeOnlyWhenTheArsDeclaresACrisis() {
        AciContract contract = new AciContract(
                SIGNATURE_2020,
                60_000,
                List.of(
                        mission(Mission.ACCES_SOINS, SIGNATURE_2020, 200_000, 0),
                        mission(
                                Mission.CRISES_SANITAIRES,
                                SIGNATURE_2020,
                                0,
                                30_000,
                                ContractFixtures.binary("CRISE", 30_000))));

        ContractYearSimulation calm = SIMULATOR.simulateYear(contract, 1, ALL_REACHED);
        assertThat(calm.schedule().totalAmount()).isEqualTo(Money.euros(260_000));
        assertThat(calm.schedule().lines())
                .filteredOn(line -> line.label().startsWith("Part variable – Réponse"))
                .singleElement()
                .satisfies(
                        line -> assertThat(line.explanation().details().get(0).arithmetic())
                                .isEqualTo(
                                        "aucune crise sanitaire grave déclarée par l'ARS : enveloppe de 30 000,00 € non due → 0,00 €"));
        assertThatThrownBy(() -> SIMULATOR.simulateYear(contract, 1, new YearlyReview(allReached(), true)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessageStartingWith(
                        "Le montant annuel des missions (230 000,00 €) dépasse le plafond des missions de la tranche T2");
    }

    @Test
    void paysTheCrisisVariablePartWhenTheArsDeclaresACrisis() {
        ContractYearSimulation year = SIMULATOR.simulateYear(
                ContractFixtures.realT3Shape(LocalDate.of(2023, 1, 1)), 2, new YearlyReview(allReached(), true));
        assertThat(year.schedule().lines())
                .filteredOn(line -> line.label().startsWith("Part variable – Réponse"))
                .extracting(PaymentLine::amount)
                .containsExactly(Money.euros(67_500));
    }

    @Test
    void warnsWithoutRefusingWhereTheCeilingsAreUnknown() {
        ContractYearSimulation year =
                SIMULATOR.simulateYear(ContractFixtures.realT3Shape(LocalDate.of(2023, 1, 1)), 1, ALL_REACHED);
        assertThat(year.ruleSetName()).isEqualTo("ACI avenant 2");
        assertThat(year.warnings())
                .containsExactly(
                        "Plafond des missions de la tranche T3 inconnu dans « ACI avenant 2 » : le montant annuel des missions "
                                + "(322 500,00 €) n'a pas pu être vérifié.",
                        "Total possible de la tranche T3 inconnu dans « ACI avenant 2 » : le financement annuel (453 750,00 €) "
                                + "n'a pas pu être vérifié.");
    }

    @Test
    void refusesATotalAboveTheKnownAvenant2T4Total() {
        LocalDate signature = LocalDate.of(2023, 1, 1);
        AciContract contract =
                new AciContract(signature, 200_000, List.of(mission(Mission.ACCES_SOINS, signature, 422_501, 0)));
        assertThatThrownBy(() -> SIMULATOR.simulateYear(contract, 1, ALL_REACHED))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage(
                        "Le financement annuel (fonctionnement 157 500,00 € + missions 422 501,00 € = 580 001,00 €) dépasse "
                                + "le total possible de la tranche T4 (580 000,00 €) fixé par « ACI avenant 2 ».");
    }

    @Test
    void appliesTheAvenantFromTheFirstContractYearStartingAfterItsEffectiveDate() {
        AciContract contract = workedT4Example(LocalDate.of(2021, 6, 1));
        ContractYearSimulation year1 = SIMULATOR.simulateYear(contract, 1, ALL_REACHED);
        ContractYearSimulation year2 = SIMULATOR.simulateYear(contract, 2, ALL_REACHED);

        assertThat(year1.ruleSetName()).isEqualTo("ACI 2019");
        assertThat(year2.ruleSetName()).isEqualTo("ACI avenant 2");
        assertThat(year2.schedule().lines().get(0).amount()).isEqualTo(Money.of("118125.00"));
        assertThat(year2.schedule().totalAmount()).isEqualTo(Money.euros(517_500));
    }

    @Test
    void refusesAYearBeyondTheContractDuration() {
        assertThatThrownBy(() -> SIMULATOR.simulateYear(workedT4Example(SIGNATURE_2020), 6, ALL_REACHED))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Un contrat ACI dure 5 ans selon « ACI avenant 2 » : l'année 6 n'existe pas.");
    }

    @Test
    void refusesAContractSignedBeforeTheFirstRuleSet() {
        assertThatThrownBy(() -> SIMULATOR.simulateYear(workedT4Example(LocalDate.of(2019, 6, 1)), 1, ALL_REACHED))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Aucun barème « ACI » n'est en vigueur le 01/06/2019 : le premier, « ACI 2019 », "
                        + "s'applique à partir du 25/08/2019.");
    }

    @Test
    void explainsNegotiatedAmountsAsComingFromTheContract() {
        PaymentLine advance =
                SIMULATOR.simulateYear(workedT4Example(SIGNATURE_2020), 1, ALL_REACHED).schedule().lines().stream()
                        .filter(line -> line.label()
                                .equals("Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1"))
                        .findFirst()
                        .orElseThrow();
        assertThat(advance.explanation().provenance())
                .map(Provenance::ruleSetName)
                .contains("ACI 2019");
        assertThat(advance.explanation().details().get(0).provenance())
                .contains(new Provenance(
                        "contrat ACI signé le 01/01/2020",
                        "part fixe PARCOURS",
                        "montant négocié au contrat tripartite CPTS, ARS, CPAM"));
    }

    private static List<MissionAgreement> concat(List<MissionAgreement> missions, MissionAgreement more) {
        return java.util.stream.Stream.concat(missions.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
