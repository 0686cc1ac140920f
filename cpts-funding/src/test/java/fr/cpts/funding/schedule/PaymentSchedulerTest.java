package fr.cpts.funding.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.cpts.domain.contract.StartBasis;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.money.Percentage;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentSchedulerTest {

    private static final Provenance RULE = new Provenance("ACI avenant 2", "avance", "Avenant 2 (31/03/2022)");
    private static final PaymentScheduler SCHEDULER = new PaymentScheduler(Percentage.of(75), RULE);
    private static final LocalDate SIGNATURE = LocalDate.of(2023, 1, 1);
    private static final Explanation FUNCTIONING =
            Explanation.sourced("Fonctionnement – tranche T3", Money.euros(131_250), RULE);

    private static ScheduledMission access(LocalDate start) {
        return new ScheduledMission(
                "Accès aux soins",
                start,
                StartBasis.PLANNED,
                Explanation.sourced("Part fixe – Accès aux soins", Money.euros(90_000), RULE),
                Explanation.computed("Part variable – Accès aux soins", Money.euros(26_000), "", List.of()));
    }

    private static List<Object> dated(PaymentSchedule schedule, String labelPart) {
        return schedule.lines().stream()
                .filter(line -> line.label().contains(labelPart))
                .map(line -> (Object) tuple(line.date(), line.amount()))
                .toList();
    }

    @Test
    void paysTheFunctioningInFullAtSignatureInTheFirstYear() {
        PaymentSchedule schedule = SCHEDULER.schedule(new ContractYear(SIGNATURE, 1), FUNCTIONING, List.of());
        assertThat(schedule.lines())
                .extracting(PaymentLine::date, PaymentLine::label, PaymentLine::amount)
                .containsExactly(tuple(
                        SIGNATURE,
                        "Fonctionnement – année 1 : versement intégral à la signature",
                        Money.euros(131_250)));
    }

    @Test
    void paysSeventyFivePercentOfTheFunctioningAtTheAnniversaryAndTheBalanceAtTheNextFromYearTwo() {
        PaymentSchedule schedule = SCHEDULER.schedule(new ContractYear(SIGNATURE, 2), FUNCTIONING, List.of());
        assertThat(schedule.lines())
                .extracting(PaymentLine::date, PaymentLine::label, PaymentLine::amount)
                .containsExactly(
                        tuple(
                                LocalDate.of(2024, 1, 1),
                                "Avance de 75 % du fonctionnement – année 2",
                                Money.of("98437.50")),
                        tuple(
                                LocalDate.of(2025, 1, 1),
                                "Solde de 25 % du fonctionnement – année 2 : au plus tôt le 01/01/2025, après la revue annuelle",
                                Money.of("32812.50")));
        assertThat(schedule.lines().get(0).explanation().arithmetic()).isEqualTo("75 % × 131 250,00 € = 98 437,50 €");
        assertThat(schedule.lines().get(0).explanation().provenance()).contains(RULE);
        assertThat(schedule.lines().get(1).explanation().arithmetic())
                .isEqualTo("131 250,00 € − 98 437,50 € = 32 812,50 €");
    }

    @Test
    void paysSeventyFivePercentOfFixedPartAtMissionStartProratedToTheNextAnniversary() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(SIGNATURE, 1), FUNCTIONING, List.of(access(LocalDate.of(2023, 6, 15))));
        PaymentLine advance = schedule.lines().get(1);

        assertThat(advance.date()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(advance.label())
                .isEqualTo(
                        "Avance de 75 % de la part fixe – Accès aux soins – année 1, due au démarrage prévisionnel le "
                                + "15/06/2023");
        assertThat(advance.amount()).isEqualTo(Money.of("36986.30"));
        assertThat(advance.explanation().arithmetic()).isEqualTo("75 % × 49 315,07 € = 36 986,30 €");
        Explanation due = advance.explanation().details().get(0);
        assertThat(due.label())
                .isEqualTo("Part fixe due – Accès aux soins : prorata du démarrage prévisionnel le 15/06/2023 à "
                        + "l'anniversaire du 01/01/2024");
        assertThat(due.arithmetic()).isEqualTo("90 000,00 € × 200 / 365 = 49 315,07 €");
    }

    @Test
    void paysTheFixedPartBalanceAndTheVariablePartAtTheAnniversary() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(SIGNATURE, 1), FUNCTIONING, List.of(access(LocalDate.of(2023, 6, 15))));
        assertThat(schedule.lines())
                .extracting(PaymentLine::date, PaymentLine::label, PaymentLine::amount)
                .containsExactly(
                        tuple(
                                SIGNATURE,
                                "Fonctionnement – année 1 : versement intégral à la signature",
                                Money.euros(131_250)),
                        tuple(
                                LocalDate.of(2023, 6, 15),
                                "Avance de 75 % de la part fixe – Accès aux soins – année 1, due au démarrage "
                                        + "prévisionnel le 15/06/2023",
                                Money.of("36986.30")),
                        tuple(
                                LocalDate.of(2024, 1, 1),
                                "Solde de 25 % de la part fixe – Accès aux soins – année 1 : au plus tôt le 01/01/2024, après la revue annuelle",
                                Money.of("12328.77")),
                        tuple(
                                LocalDate.of(2024, 1, 1),
                                "Part variable – Accès aux soins – année 1 : au plus tôt le 01/01/2024, après la revue annuelle",
                                Money.euros(26_000)));
        assertThat(schedule.totalAmount()).isEqualTo(Money.of("206565.07"));
    }

    @Test
    void proratesOn366DaysInAContractYearHolding29February() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(LocalDate.of(2024, 1, 1), 1), FUNCTIONING, List.of(access(LocalDate.of(2024, 6, 15))));
        assertThat(dated(schedule, "part fixe"))
                .containsExactly(
                        tuple(LocalDate.of(2024, 6, 15), Money.of("36885.25")),
                        tuple(LocalDate.of(2025, 1, 1), Money.of("12295.08")));
        assertThat(schedule.lines().get(1).explanation().details().get(0).arithmetic())
                .isEqualTo("90 000,00 € × 200 / 366 = 49 180,33 €");
    }

    @Test
    void paysAMissionStartedInAnEarlierYearInFullWithoutProrata() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(SIGNATURE, 2), FUNCTIONING, List.of(access(LocalDate.of(2023, 6, 15))));
        assertThat(dated(schedule, "part fixe"))
                .containsExactly(
                        tuple(LocalDate.of(2024, 1, 1), Money.euros(67_500)),
                        tuple(LocalDate.of(2025, 1, 1), Money.euros(22_500)));
    }

    @Test
    void paysAMissionStartingOnTheAnniversaryWithoutProrata() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(SIGNATURE, 2), FUNCTIONING, List.of(access(LocalDate.of(2024, 1, 1))));
        assertThat(dated(schedule, "part fixe"))
                .containsExactly(
                        tuple(LocalDate.of(2024, 1, 1), Money.euros(67_500)),
                        tuple(LocalDate.of(2025, 1, 1), Money.euros(22_500)));
    }

    @Test
    void paysNothingForAMissionNotYetStarted() {
        PaymentSchedule schedule = SCHEDULER.schedule(
                new ContractYear(SIGNATURE, 1), FUNCTIONING, List.of(access(LocalDate.of(2024, 1, 1))));
        assertThat(schedule.lines()).hasSize(1);
    }

    @Test
    void explainsTheYearTotalAsTheSumOfItsLines() {
        PaymentSchedule schedule = SCHEDULER.schedule(new ContractYear(SIGNATURE, 2), FUNCTIONING, List.of());
        Explanation total = schedule.total();
        assertThat(total.label()).isEqualTo("Total versé au titre de l'année 2");
        assertThat(total.arithmetic()).isEqualTo("98 437,50 € + 32 812,50 € = 131 250,00 €");
        assertThat(total.toText())
                .startsWith(
                        "Total versé au titre de l'année 2 : 131 250,00 € [98 437,50 € + 32 812,50 € = 131 250,00 €]\n"
                                + "  Avance de 75 % du fonctionnement – année 2 : 98 437,50 € [75 % × 131 250,00 € = 98 437,50 €] — « ACI avenant 2 », "
                                + "avance (Avenant 2 (31/03/2022))\n");
    }
}
