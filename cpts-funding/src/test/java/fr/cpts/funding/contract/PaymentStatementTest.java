package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.ALD;
import static fr.cpts.funding.contract.ContractExamples.CRISIS_PLAN;
import static fr.cpts.funding.contract.ContractExamples.PARCOURS;
import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.SCREENING;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.SNP;
import static fr.cpts.funding.contract.ContractExamples.YEAR_1_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.PaymentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The statement of year 1 of the example contract ({@link ContractExamples}), computed by hand.
 *
 * <pre>
 * Year 1: 01/07/2024 (signature) to 01/07/2025 (next anniversary, excluded): 365 days. « ACI avenant 2 », T2.
 *
 * Fixed part due
 *   functioning T2 (avenant 2)                                              105 000,00
 *   accès, started at signature: in full                                     50 000,00
 *   parcours, from 01/10/2024: 273 days to 01/07/2025 → 30 000 × 273 / 365 =  22 438,36  (22 438,356…)
 *   prévention, from 01/01/2025: 181 days → 20 000 × 181 / 365 =              9 917,81  (9 917,808…)
 *   crises, started at signature: in full                                    15 000,00
 *                                                                           ----------
 *                                                                           202 356,17
 * Variable part earned
 *   ALD sans MT: 80 ≤ 100 → tier « 51 à 100 »                                 6 000,00
 *   SNP régulés: 65 ≥ 60 → reached                                            5 000,00
 *   parcours formalisés: 2 < 3 → not reached                                      0,00
 *   dépistage: 36,2 ≥ 35 → tier « intermédiaire »                             2 500,00
 *   plan de crise: reached, but no crisis declared → envelope not due             0,00
 *                                                                           ----------
 *                                                                            13 500,00
 * Total due                              202 356,17 + 13 500,00 =           215 856,17
 *
 * Already paid for year 1, before the review
 *   functioning, in full at signature (01/07/2024)                          105 000,00
 *   accès, 75 % × 50 000 (01/07/2024)                                        37 500,00
 *   parcours, 75 % × 22 438,36 = 16 828,77 (01/10/2024)                      16 828,77
 *   prévention, 75 % × 9 917,81 = 7 438,3575 → 7 438,36 (01/01/2025)          7 438,36
 *   crises, 75 % × 15 000 (01/07/2024)                                       11 250,00
 *                                                                           ----------
 *                                                                           178 017,13
 * Balance due on 01/07/2025              215 856,17 − 178 017,13 =           37 839,04
 *   = balances 12 500 + 5 609,59 + 2 479,45 + 3 750 + variable 13 500 = 37 839,04
 * </pre>
 */
class PaymentStatementTest {

    private static final ContractFunding FUNDING = ContractFunding.withShippedRuleSets();

    @Test
    void computesTheFixedPartDueWithTheEngineProrationByHand() {
        PaymentStatement statement = year1(false);

        assertThat(statement.ruleSetName()).isEqualTo("ACI avenant 2");
        assertThat(statement.bracketCode()).isEqualTo("T2");
        assertThat(statement.functioning().amount()).isEqualTo(Money.of("105000.00"));
        assertThat(statement.missions())
                .extracting(MissionStatement::mission, s -> s.fixedPartDue().amount())
                .containsExactly(
                        tuple(Mission.ACCES_SOINS, Money.of("50000.00")),
                        tuple(Mission.PARCOURS, Money.of("22438.36")),
                        tuple(Mission.PREVENTION, Money.of("9917.81")),
                        tuple(Mission.CRISES_SANITAIRES, Money.of("15000.00")));
        assertThat(statement.missions().get(1).fixedPartDue().arithmetic())
                .isEqualTo("30 000,00 € × 273 / 365 = 22 438,36 €");
        assertThat(statement.fixedPartDue().amount()).isEqualTo(Money.of("202356.17"));
        assertThat(statement.fixedPartDue().arithmetic())
                .isEqualTo("105 000,00 € + 50 000,00 € + 22 438,36 € + " + "9 917,81 € + 15 000,00 € = 202 356,17 €");
    }

    @Test
    void computesTheVariablePartIndicatorByIndicatorByHand() {
        PaymentStatement statement = year1(false);

        assertThat(statement.missions())
                .extracting(
                        MissionStatement::mission, s -> s.variablePartEarned().amount())
                .containsExactly(
                        tuple(Mission.ACCES_SOINS, Money.of("11000.00")),
                        tuple(Mission.PARCOURS, Money.ZERO),
                        tuple(Mission.PREVENTION, Money.of("2500.00")),
                        tuple(Mission.CRISES_SANITAIRES, Money.ZERO));
        assertThat(statement.missions().stream().flatMap(mission -> mission.indicators().stream()))
                .extracting(Explanation::label, Explanation::amount, Explanation::arithmetic)
                .containsExactly(
                        tuple(
                                ALD,
                                Money.euros(6_000),
                                "valeur retenue 80, à la baisse (cible 50 < valeur de départ " + "219) → 6 000,00 €"),
                        tuple(
                                SNP,
                                Money.euros(5_000),
                                "valeur retenue 65 ≥ cible 60, à la hausse (cible 60 ≥ valeur "
                                        + "de départ 40) : objectif atteint → 5 000,00 €"),
                        tuple(
                                PARCOURS,
                                Money.ZERO,
                                "valeur retenue 2 < cible 3, à la hausse (cible 3 ≥ valeur de "
                                        + "départ 0) : objectif non atteint → 0,00 €"),
                        tuple(
                                SCREENING,
                                Money.euros(2_500),
                                "valeur retenue 36,2, à la hausse (cible 40 ≥ valeur de "
                                        + "départ 28,5) → 2 500,00 €"));
        assertThat(statement.missions().get(0).indicators().get(0).details())
                .extracting(Explanation::arithmetic)
                .containsExactly("résultat 80 ≤ 100 : palier « 51 à 100 » → 6 000,00 €");
        assertThat(statement.missions().get(3).variablePartEarned().arithmetic())
                .isEqualTo("aucune crise sanitaire "
                        + "grave déclarée par l'ARS : enveloppe de 20 000,00 € non due → 0,00 €");
        assertThat(statement.variablePartEarned().amount()).isEqualTo(Money.of("13500.00"));
    }

    @Test
    void computesTotalAdvancesAndBalanceByHand() {
        PaymentStatement statement = year1(false);

        assertThat(statement.totalDue().amount()).isEqualTo(Money.of("215856.17"));
        assertThat(statement.advanceLines())
                .extracting(PaymentLine::date, PaymentLine::amount)
                .containsExactly(
                        tuple(SIGNED_ON, Money.of("105000.00")),
                        tuple(SIGNED_ON, Money.of("37500.00")),
                        tuple(SIGNED_ON, Money.of("11250.00")),
                        tuple(LocalDate.of(2024, 10, 1), Money.of("16828.77")),
                        tuple(LocalDate.of(2025, 1, 1), Money.of("7438.36")));
        assertThat(statement.advancesPaid().amount()).isEqualTo(Money.of("178017.13"));
        assertThat(statement.balanceDue().amount()).isEqualTo(Money.of("37839.04"));
        assertThat(statement.balanceDue().label())
                .isEqualTo("Solde dû au titre de l'année 1, au plus tôt le 01/07/2025");
        assertThat(statement.balanceDue().arithmetic()).isEqualTo("215 856,17 € − 178 017,13 € = 37 839,04 €");
        assertThat(statement.balanceDate()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(statement.simulation()).isFalse();
        assertThat(statement.nature()).isEqualTo("Décompte de l'année 1 : valeurs retenues à la revue annuelle");
    }

    @Test
    void paysTheCrisisEnvelopeWhenTheArsDeclaredACrisis() {
        PaymentStatement statement = year1(true);

        // + 20 000 for the crisis plan reached: variable 33 500, total 235 856,17, balance 57 839,04
        assertThat(statement.missions().get(3).indicators())
                .extracting(Explanation::label, Explanation::amount)
                .containsExactly(tuple(CRISIS_PLAN, Money.euros(20_000)));
        assertThat(statement.variablePartEarned().amount()).isEqualTo(Money.of("33500.00"));
        assertThat(statement.totalDue().amount()).isEqualTo(Money.of("235856.17"));
        assertThat(statement.balanceDue().amount()).isEqualTo(Money.of("57839.04"));
    }

    @Test
    void paysFullFixedPartsAndSplitsFunctioningInTheSecondYear() {
        PaymentStatement statement = FUNDING.statement(ContractExamples.signed(), POPULATION, 2, YEAR_1_ACCEPTED);

        // fixed 105 000 + 115 000 = 220 000; advances 75 % = 165 000; variable 13 500; balance 55 000 + 13 500
        assertThat(statement.yearStart()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(statement.fixedPartDue().amount()).isEqualTo(Money.euros(220_000));
        assertThat(statement.totalDue().amount()).isEqualTo(Money.euros(233_500));
        assertThat(statement.advancesPaid().amount()).isEqualTo(Money.euros(165_000));
        assertThat(statement.balanceDue().amount()).isEqualTo(Money.euros(68_500));
    }

    @Test
    void listsAMissionNotYetStartedWithNothingDue() {
        ContractMission quality = new ContractMission(
                Mission.QUALITE_PERTINENCE,
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 9, 1),
                Money.euros(12_000),
                List.of(ContractExamples.binary("Protocoles de pertinence", "0", "2", 3_000)));
        Map<String, BigDecimal> values = new HashMap<>(YEAR_1_ACCEPTED);
        values.put("Protocoles de pertinence", new BigDecimal("2"));

        ContractTerms terms = ContractExamples.terms("T2", ContractExamples.missionsWith(quality));
        PaymentStatement year1 =
                FUNDING.statement(terms, SIGNED_ON, POPULATION, 1, values, false, MissionStarts.planned(terms));
        PaymentStatement year2 =
                FUNDING.statement(terms, SIGNED_ON, POPULATION, 2, values, false, MissionStarts.planned(terms));

        MissionStatement notStarted = year1.missions().get(4);
        assertThat(notStarted.started()).isFalse();
        assertThat(notStarted.total()).isEqualTo(Money.ZERO);
        assertThat(notStarted.fixedPartDue().arithmetic())
                .isEqualTo("mission non démarrée pendant l'année (démarrage prévisionnel le 01/09/2025) → 0,00 €");
        assertThat(year1.totalDue().amount()).isEqualTo(Money.of("215856.17"));
        // year 2: 303 days from 01/09/2025 to 01/07/2026 → 12 000 × 303 / 365 = 9 961,64 (9 961,643…), plus 3 000
        assertThat(year2.missions().get(4).fixedPartDue().amount()).isEqualTo(Money.of("9961.64"));
        assertThat(year2.missions().get(4).variablePartEarned().amount()).isEqualTo(Money.euros(3_000));
    }

    @Test
    void refusesAStatementWhoseAcceptedValuesAreIncompleteOrForeign() {
        Map<String, BigDecimal> values = new HashMap<>(YEAR_1_ACCEPTED);
        values.remove(PARCOURS);
        values.remove(SCREENING);
        values.put("Indicateur inconnu", BigDecimal.ONE);

        assertThatThrownBy(() -> FUNDING.statement(ContractExamples.signed(), POPULATION, 1, values))
                .isInstanceOfSatisfying(FundingRefusal.class, refusal -> assertThat(refusal.reasons())
                        .containsExactly(
                                "Année 1 : aucune valeur retenue pour l'indicateur « " + PARCOURS
                                        + " » ; une revue annuelle "
                                        + "clôturée en retient une pour chaque indicateur du contrat.",
                                "Année 1 : aucune valeur retenue pour l'indicateur « " + SCREENING
                                        + " » ; une revue annuelle "
                                        + "clôturée en retient une pour chaque indicateur du contrat.",
                                "Année 1 : l'indicateur « Indicateur inconnu » ne figure pas au contrat."));
    }

    @Test
    void refusesAYearOutsideTheContract() {
        assertThatThrownBy(() -> FUNDING.statement(ContractExamples.signed(), POPULATION, 6, YEAR_1_ACCEPTED))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("Le contrat compte 5 années (1 à 5) : l'année 6 n'existe pas.");
    }

    @Test
    void simulatesAYearWithMissingValuesCountedAsNotReached() {
        PaymentStatement simulation = FUNDING.whatIf(
                ContractExamples.signed(),
                POPULATION,
                1,
                Map.of(SNP, new BigDecimal("70"), "Indicateur inconnu", BigDecimal.TEN));

        // fixed 202 356,17 as above; only SNP reached: 5 000; total 207 356,17; balance 207 356,17 − 178 017,13
        assertThat(simulation.simulation()).isTrue();
        assertThat(simulation.nature())
                .isEqualTo("Simulation de l'année 1 : valeurs saisies, non validées par une revue annuelle");
        assertThat(simulation.missions().stream().flatMap(mission -> mission.indicators().stream()))
                .extracting(Explanation::label, Explanation::arithmetic)
                .containsExactly(
                        tuple(ALD, "valeur non déclarée → 0,00 €"),
                        tuple(
                                SNP,
                                "valeur simulée 70 ≥ cible 60, à la hausse (cible 60 ≥ valeur de départ 40) : "
                                        + "objectif atteint → 5 000,00 €"),
                        tuple(PARCOURS, "valeur non déclarée → 0,00 €"),
                        tuple(SCREENING, "valeur non déclarée → 0,00 €"));
        assertThat(simulation.variablePartEarned().amount()).isEqualTo(Money.euros(5_000));
        assertThat(simulation.totalDue().amount()).isEqualTo(Money.of("207356.17"));
        assertThat(simulation.balanceDue().amount()).isEqualTo(Money.of("29339.04"));
        assertThat(simulation.warnings())
                .endsWith(
                        "Indicateur « " + ALD + " » : valeur non déclarée, compté comme non atteint (0,00 €).",
                        "Indicateur « " + PARCOURS + " » : valeur non déclarée, compté comme non atteint (0,00 €).",
                        "Indicateur « " + SCREENING + " » : valeur non déclarée, compté comme non atteint (0,00 €).",
                        "Indicateur « " + CRISIS_PLAN + " » : valeur non déclarée, compté comme non atteint (0,00 €).",
                        "L'indicateur « Indicateur inconnu » ne figure pas au contrat : sa valeur est ignorée.");
    }

    @Test
    void simulatesADraftBeforeItIsSigned() {
        PaymentStatement simulation = FUNDING.whatIf(ContractExamples.draft(), POPULATION, 1, YEAR_1_ACCEPTED, true);

        assertThat(simulation.simulation()).isTrue();
        assertThat(simulation.balanceDue().amount()).isEqualTo(Money.of("57839.04"));
    }

    @Test
    void writesTheWholeStatementAsText() {
        String text = year1(false).toText();

        assertThat(text)
                .startsWith(
                        "Décompte de l'année 1 : valeurs retenues à la revue annuelle\n"
                                + "Solde dû au titre de l'année 1, au plus tôt le 01/07/2025 : 37 839,04 € [215 856,17 € − 178 017,13 € = "
                                + "37 839,04 €]\n"
                                + "  Total dû au titre de l'année 1 : 215 856,17 € [202 356,17 € + 13 500,00 € = 215 856,17 €]\n");
        assertThat(text)
                .contains(
                        "\n      Part fixe due – Parcours pluriprofessionnels : prorata du démarrage "
                                + "prévisionnel le 01/10/2024 à l'anniversaire du 01/07/2025 : 22 438,36 € [30 000,00 € × 273 / 365 = 22 438,36 €]\n");
        assertThat(text).contains("\n  Déjà versé au titre de l'année 1 avant la revue annuelle : 178 017,13 €");
        assertThat(text)
                .endsWith("Avertissement : Total possible de la tranche T2 inconnu dans « ACI avenant 2 » : le "
                        + "financement annuel (247 500,00 €) n'a pas pu être vérifié.\n");
    }

    private static PaymentStatement year1(boolean crisisDeclared) {
        return FUNDING.statement(
                ContractExamples.signed(),
                POPULATION,
                1,
                YEAR_1_ACCEPTED,
                crisisDeclared,
                MissionStarts.planned(ContractExamples.terms()));
    }
}
