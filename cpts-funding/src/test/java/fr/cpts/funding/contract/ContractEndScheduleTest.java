package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.YEAR_1_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schedule of the example contract (signed 01/07/2024, T2, functioning 105 000 €, fixed parts 50 000, 30 000,
 * 20 000 and 15 000 €, all started before year 2) terminated on 01/01/2026, in its year 2 (01/07/2025 → 01/07/2026,
 * 365 days, 184 of them covered).
 */
class ContractEndScheduleTest {

    private static final ContractFunding FUNDING = ContractFunding.withShippedRuleSets();
    private static final ContractEnd TERMINATED = new ContractEnd(
            EndCause.TERMINATION,
            LocalDate.of(2026, 1, 1),
            "Dissolution de l'association",
            new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER),
            Instant.parse("2025-12-01T09:00:00Z"));

    @Test
    void ordersNothingFromTheEndAndRecoversTheAdvancesPaidForTheDaysNotCovered() {
        ContractSchedule schedule = schedule(Optional.of(TERMINATED));

        assertThat(schedule.years()).extracting(ScheduleYear::number).containsExactly(1, 2);
        ScheduleYear year2 = schedule.year(2);
        assertThat(year2.lines()).allMatch(line -> !line.date().isAfter(TERMINATED.endsOn()));
        ContractPaymentLine recovery = year2.lines().get(year2.lines().size() - 1);
        assertThat(recovery.recovered()).isTrue();
        assertThat(recovery.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(recovery.label())
                .isEqualTo("Résiliation au 01/01/2026 (contrat signé le 01/07/2024) – année 2 : reprise au prorata des "
                        + "avances versées pour la période non couverte");
        // advances 75 % × 220 000 = 165 000; due for 184 / 365 days: 52 931,51 + 25 205,48 + 15 123,29 + 10 082,19 +
        // 7 561,64 = 110 904,11
        assertThat(recovery.explanation().arithmetic())
                .isEqualTo("165 000,00 € − 110 904,11 € = 54 095,89 € à récupérer");
        assertThat(recovery.explanation().details().get(0).details().get(0).arithmetic())
                .isEqualTo("105 000,00 € × 184 / 365 = 52 931,51 €");
        assertThat(year2.knownTotal()).isEqualTo(Money.of("110904.11"));
        assertThat(year2.warnings()).anySatisfy(warning -> assertThat(warning)
                .startsWith("Résiliation au 01/01/2026 : 9 versement(s) prévu(s) à partir de cette date ne sont "
                        + "pas ordonnés")
                .contains("à confirmer"));
        assertThat(schedule.year(1)).isEqualTo(schedule(Optional.empty()).year(1));
    }

    @Test
    void aContractNotRenewedAtItsTermKeepsEveryPaymentOfItsFiveYears() {
        ContractEnd notRenewed = new ContractEnd(
                EndCause.NON_RENEWAL,
                LocalDate.of(2029, 7, 1),
                "Nouveau contrat sur un territoire élargi",
                new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER),
                Instant.parse("2029-05-01T09:00:00Z"));

        assertThat(schedule(Optional.of(notRenewed))).isEqualTo(schedule(Optional.empty()));
    }

    private static ContractSchedule schedule(Optional<ContractEnd> end) {
        return FUNDING.schedule(
                ContractExamples.signed(),
                POPULATION,
                Map.of(1, YEAR_1_ACCEPTED),
                Set.of(),
                MissionStarts.planned(ContractExamples.terms()),
                end);
    }
}
