package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.YEAR_1_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.contract.MissionProgress;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.PaymentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schedule of the example contract ({@link ContractExamples}), year 1 reviewed, years 2 to 5 not yet. */
class ContractScheduleTest {

    private static final ContractFunding FUNDING = ContractFunding.withShippedRuleSets();

    @Test
    void coversTheFiveYearsOfTheRuleSetWithTheirDates() {
        ContractSchedule schedule = reviewedFirstYear();

        assertThat(schedule.years())
                .extracting(ScheduleYear::number, ScheduleYear::start, ScheduleYear::end, ScheduleYear::reviewClosed)
                .containsExactly(
                        tuple(1, SIGNED_ON, LocalDate.of(2025, 7, 1), true),
                        tuple(2, LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1), false),
                        tuple(3, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1), false),
                        tuple(4, LocalDate.of(2027, 7, 1), LocalDate.of(2028, 7, 1), false),
                        tuple(5, LocalDate.of(2028, 7, 1), LocalDate.of(2029, 7, 1), false));
        assertThat(schedule.years())
                .extracting(ScheduleYear::ruleSetName, ScheduleYear::bracketCode)
                .containsOnly(tuple("ACI avenant 2", "T2"));
    }

    @Test
    void listsEveryLineByDateWithItsExplanation() {
        List<ContractPaymentLine> lines = reviewedFirstYear().lines();

        // year 1: functioning + 4 missions × (advance, balance, variable) = 13; years 2 to 5: 2 + 12 = 14 each
        assertThat(lines).hasSize(13 + 4 * 14);
        assertThat(lines).isSortedAccordingTo(Comparator.comparing(ContractPaymentLine::date));
        assertThat(lines)
                .filteredOn(line -> line.date().isBefore(LocalDate.of(2025, 7, 1)))
                .extracting(ContractPaymentLine::date, ContractPaymentLine::label, ContractPaymentLine::amount)
                .containsExactly(
                        tuple(
                                SIGNED_ON,
                                "Fonctionnement – année 1 : versement intégral à la signature",
                                Optional.of(Money.euros(105_000))),
                        tuple(
                                SIGNED_ON,
                                "Avance de 75 % de la part fixe – Accès aux soins (médecin traitant et soins "
                                        + "non programmés) – année 1",
                                Optional.of(Money.euros(37_500))),
                        tuple(
                                SIGNED_ON,
                                "Avance de 75 % de la part fixe – Réponse aux crises sanitaires graves – " + "année 1",
                                Optional.of(Money.euros(11_250))),
                        tuple(
                                LocalDate.of(2024, 10, 1),
                                "Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1, due au démarrage "
                                        + "prévisionnel le 01/10/2024",
                                Optional.of(Money.of("16828.77"))),
                        tuple(
                                LocalDate.of(2025, 1, 1),
                                "Avance de 75 % de la part fixe – Prévention – année 1, due au démarrage prévisionnel le "
                                        + "01/01/2025",
                                Optional.of(Money.of("7438.36"))));
        assertThat(lines.get(3).explanation().arithmetic()).isEqualTo("75 % × 22 438,36 € = 16 828,77 €");
        assertThat(lines.get(lines.size() - 1).date()).isEqualTo(LocalDate.of(2029, 7, 1));
    }

    @Test
    void computesTheVariablePartOfAReviewedYearFromTheAcceptedValues() {
        ScheduleYear year1 = reviewedFirstYear().year(1);

        assertThat(year1.lines())
                .filteredOn(line -> line.label().startsWith("Part variable"))
                .extracting(ContractPaymentLine::label, ContractPaymentLine::amount)
                .containsExactly(
                        tuple(
                                "Part variable – Accès aux soins (médecin traitant et soins non programmés) – année 1 : "
                                        + "au plus tôt le 01/07/2025, après la revue annuelle",
                                Optional.of(Money.euros(11_000))),
                        tuple(
                                "Part variable – Parcours pluriprofessionnels – année 1 : au plus tôt le 01/07/2025, après la revue annuelle",
                                Optional.of(Money.ZERO)),
                        tuple(
                                "Part variable – Prévention – année 1 : au plus tôt le 01/07/2025, après la revue annuelle",
                                Optional.of(Money.euros(2_500))),
                        tuple(
                                "Part variable – Réponse aux crises sanitaires graves – année 1 : au plus tôt le 01/07/2025, après la revue annuelle",
                                Optional.of(Money.ZERO)));
        Explanation access = year1.lines().stream()
                .filter(line -> line.label().startsWith("Part variable – Accès"))
                .findFirst()
                .orElseThrow()
                .explanation()
                .details()
                .get(0);
        assertThat(access.details())
                .extracting(Explanation::arithmetic)
                .containsExactly(
                        "valeur retenue 80, à la baisse (cible 50 < valeur de départ 219) → 6 000,00 €",
                        "valeur retenue 65 ≥ cible 60, à la hausse (cible 60 ≥ valeur de départ 40) : objectif atteint → "
                                + "5 000,00 €");
        // the statement's total: 202 356,17 fixed + 13 500 variable
        assertThat(year1.knownTotal()).isEqualTo(Money.of("215856.17"));
        assertThat(year1.pendingMaximum()).isEqualTo(Money.ZERO);
    }

    @Test
    void leavesTheVariablePartOfAYearNotReviewedPendingWithItsMaximum() {
        ScheduleYear year2 = reviewedFirstYear().year(2);

        List<ContractPaymentLine> pending =
                year2.lines().stream().filter(ContractPaymentLine::isPending).toList();
        assertThat(pending)
                .extracting(ContractPaymentLine::date, ContractPaymentLine::label, ContractPaymentLine::maximum)
                .containsExactly(
                        tuple(
                                LocalDate.of(2026, 7, 1),
                                "Part variable – Accès aux soins (médecin traitant et soins non "
                                        + "programmés) – année 2 : au plus tôt le 01/07/2026, après la revue annuelle",
                                Money.euros(14_000)),
                        tuple(
                                LocalDate.of(2026, 7, 1),
                                "Part variable – Parcours pluriprofessionnels – année 2 : au plus tôt le 01/07/2026, après la revue annuelle",
                                Money.euros(10_000)),
                        tuple(
                                LocalDate.of(2026, 7, 1),
                                "Part variable – Prévention – année 2 : au plus tôt le 01/07/2026, après la revue annuelle",
                                Money.of("3500.00")),
                        tuple(
                                LocalDate.of(2026, 7, 1),
                                "Part variable – Réponse aux crises sanitaires graves – année 2 : au plus tôt le "
                                        + "01/07/2026, après la revue annuelle",
                                Money.euros(20_000)));
        assertThat(pending).allSatisfy(line -> assertThat(line.amount()).isEmpty());
        assertThat(pending.get(0).explanation().label())
                .isEqualTo("Part variable – Accès aux soins (médecin "
                        + "traitant et soins non programmés) – année 2 : maximum possible");
        assertThat(pending.get(0).explanation().arithmetic())
                .isEqualTo(
                        "montant connu après la revue annuelle ; au " + "plus 9 000,00 € + 5 000,00 € = 14 000,00 €");
        assertThat(pending.get(0).explanation().details())
                .extracting(Explanation::arithmetic)
                .containsExactly(
                        "au plus, meilleur palier « 50 ou moins » → 9 000,00 €",
                        "au plus, objectif atteint → 5 000,00 €");
        assertThat(pending.get(3).explanation().arithmetic())
                .isEqualTo("montant connu après la revue annuelle ; dû "
                        + "seulement si l'ARS déclare une crise sanitaire grave ; au plus 20 000,00 € = 20 000,00 €");
        // known: functioning 105 000 + fixed parts 115 000; pending at most 14 000 + 10 000 + 3 500 + 20 000
        assertThat(year2.knownTotal()).isEqualTo(Money.euros(220_000));
        assertThat(year2.pendingMaximum()).isEqualTo(Money.euros(47_500));
    }

    @Test
    void addsUpTheKnownPaymentsAndThePendingMaximaOverTheContract() {
        ContractSchedule schedule = reviewedFirstYear();

        // 215 856,17 + 4 × 220 000; pending 4 × 47 500
        assertThat(schedule.knownTotal()).isEqualTo(Money.of("1095856.17"));
        assertThat(schedule.pendingMaximum()).isEqualTo(Money.euros(190_000));
        assertThat(schedule.lines()).filteredOn(ContractPaymentLine::isPending).hasSize(16);
    }

    @Test
    void paysTheCrisisEnvelopeInAReviewedYearWithADeclaredCrisis() {
        ContractSchedule schedule = FUNDING.schedule(
                ContractExamples.signed(),
                POPULATION,
                Map.of(1, YEAR_1_ACCEPTED),
                Set.of(1),
                MissionStarts.planned(ContractExamples.terms()),
                Optional.empty());

        assertThat(schedule.year(1).crisisDeclared()).isTrue();
        assertThat(schedule.year(1).knownTotal()).isEqualTo(Money.of("235856.17"));
    }

    @Test
    void givesEachWarningOnceWithTheYearsItConcerns() {
        assertThat(reviewedFirstYear().warnings())
                .containsExactly(
                        "Années 1, 2, 3, 4 et 5 : Plafond des missions de la tranche T2 inconnu dans « ACI avenant 2 » : le "
                                + "montant annuel des missions (142 500,00 €) n'a pas pu être vérifié.",
                        "Années 1, 2, 3, 4 et 5 : Total possible de la tranche T2 inconnu dans « ACI avenant 2 » : le "
                                + "financement annuel (247 500,00 €) n'a pas pu être vérifié.");
    }

    @Test
    void refusesAcceptedValuesForAYearOutsideTheContractOrIncomplete() {
        assertThatThrownBy(() -> FUNDING.schedule(ContractExamples.signed(), POPULATION, Map.of(6, YEAR_1_ACCEPTED)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Valeurs retenues pour l'année 6 : le contrat compte 5 années (1 à 5).");
        assertThatThrownBy(() -> FUNDING.schedule(
                        ContractExamples.signed(), POPULATION, Map.of(2, Map.of(ContractExamples.SNP, BigDecimal.TEN))))
                .isInstanceOfSatisfying(FundingRefusal.class, refusal -> assertThat(refusal.reasons())
                        .hasSize(4)
                        .allMatch(reason -> reason.startsWith("Année 2 : aucune valeur retenue pour l'indicateur")));
    }

    @Test
    void duesTheAdvanceOfAMissionOnTheStartTheCptsReportedAndNamesWhetherTheCaisseCheckedIt() {
        LocalDate reported = LocalDate.of(2024, 12, 1);
        MissionStarts starts = MissionStarts.of(
                ContractExamples.terms(),
                Map.of(Mission.PARCOURS, new MissionProgress(Mission.PARCOURS, reported, null)));

        ContractSchedule schedule = FUNDING.schedule(
                ContractExamples.signed(), POPULATION, Map.of(1, YEAR_1_ACCEPTED), Set.of(), starts, Optional.empty());

        // 212 days from 01/12/2024 to 01/07/2025: 30 000 × 212 / 365 = 17 424,66; 75 % = 13 068,50 (13 068,495)
        ContractPaymentLine advance = schedule.year(1).lines().stream()
                .filter(line -> line.label().startsWith("Avance de 75 % de la part fixe – Parcours"))
                .findFirst()
                .orElseThrow();
        assertThat(advance.date()).isEqualTo(reported);
        assertThat(advance.label())
                .isEqualTo("Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1, due au démarrage "
                        + "le 01/12/2024 (déclaré par la CPTS, à vérifier par la caisse)");
        assertThat(advance.amount()).contains(Money.of("13068.50"));
        PaymentStatement statement =
                FUNDING.statement(ContractExamples.signed(), POPULATION, 1, YEAR_1_ACCEPTED, false, starts);
        assertThat(statement.missions())
                .filteredOn(mission -> mission.mission() == Mission.PARCOURS)
                .singleElement()
                .satisfies(
                        mission -> assertThat(mission.fixedPartDue().amount()).isEqualTo(Money.of("17424.66")));
        assertThat(statement.advanceLines()).contains(new PaymentLine(advance.date(), advance.explanation()));

        MissionStarts checked = MissionStarts.of(
                ContractExamples.terms(),
                Map.of(
                        Mission.PARCOURS,
                        new MissionProgress(Mission.PARCOURS, reported, null).startChecked(reported.plusDays(3))));
        assertThat(FUNDING.schedule(
                                ContractExamples.signed(), POPULATION, Map.of(), Set.of(), checked, Optional.empty())
                        .lines())
                .extracting(ContractPaymentLine::label)
                .contains("Avance de 75 % de la part fixe – Parcours pluriprofessionnels – année 1, due au démarrage "
                        + "le 01/12/2024 (déclaré par la CPTS et vérifié par la caisse)");
    }

    @Test
    void paysNothingForAMissionInTheYearsBeforeItsReportedStart() {
        MissionStarts starts = MissionStarts.of(
                ContractExamples.terms(),
                Map.of(Mission.PARCOURS, new MissionProgress(Mission.PARCOURS, LocalDate.of(2025, 9, 1), null)));

        PaymentStatement year1 =
                FUNDING.statement(ContractExamples.signed(), POPULATION, 1, YEAR_1_ACCEPTED, false, starts);

        assertThat(year1.missions())
                .filteredOn(mission -> mission.mission() == Mission.PARCOURS)
                .singleElement()
                .satisfies(mission -> {
                    assertThat(mission.started()).isFalse();
                    assertThat(mission.fixedPartDue().arithmetic())
                            .isEqualTo("mission non démarrée pendant l'année (démarrage le 01/09/2025 (déclaré par "
                                    + "la CPTS, à vérifier par la caisse)) → 0,00 €");
                });
    }

    @Test
    void aClosedYearShowsTheAdvancesAndTheBalanceItsStatementRecorded() {
        PaymentStatement recorded = FUNDING.statement(ContractExamples.signed(), POPULATION, 1, YEAR_1_ACCEPTED);

        ContractSchedule schedule = reviewedFirstYear().withRecordedYears(Map.of(1, recorded));

        ScheduleYear year1 = schedule.year(1);
        assertThat(year1.recorded()).isTrue();
        assertThat(year1.lines()).hasSize(recorded.advanceLines().size() + 1);
        assertThat(year1.lines().get(year1.lines().size() - 1).explanation()).isEqualTo(recorded.balanceDue());
        assertThat(year1.knownTotal()).isEqualTo(recorded.totalDue().amount());
        assertThat(schedule.year(2)).isEqualTo(reviewedFirstYear().year(2));
    }

    private static ContractSchedule reviewedFirstYear() {
        return FUNDING.schedule(ContractExamples.signed(), POPULATION, Map.of(1, YEAR_1_ACCEPTED));
    }
}
