package fr.cpts.funding.contract;

import static fr.cpts.funding.contract.ContractExamples.CRISIS_PLAN;
import static fr.cpts.funding.contract.ContractExamples.POPULATION;
import static fr.cpts.funding.contract.ContractExamples.SIGNED_ON;
import static fr.cpts.funding.contract.ContractExamples.YEAR_1_ACCEPTED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A mission whose fixed part differs by contract year: the example contract's crisis mission pays 25 000 € in year 1
 * for writing the plan and 12 500 € a year for updating it (negotiation-stage sources: 25 000–50 000 € in year 1,
 * 50 % later).
 */
class FixedPartByYearTest {

    private static final ContractFunding FUNDING = ContractFunding.withShippedRuleSets();
    private static final ContractMission CRISIS = new ContractMission(
            Mission.CRISES_SANITAIRES,
            SIGNED_ON,
            LocalDate.of(2025, 1, 1),
            Money.of("12500"),
            Map.of(1, Money.euros(25_000)),
            List.of(ContractExamples.binary(CRISIS_PLAN, "0", "1", 20_000)));
    private static final ContractTerms TERMS = ContractExamples.terms("T2", ContractExamples.missionsWith(CRISIS));

    @Test
    void eachYearPaysItsOwnFixedPartExplainedAsTheYearsAmount() {
        ContractSchedule schedule = FUNDING.schedule(
                TERMS, SIGNED_ON, POPULATION, Map.of(), Set.of(), MissionStarts.planned(TERMS), Optional.empty());

        assertThat(advanceOfTheCrisisMission(schedule.year(1))).isEqualTo(Money.of("18750"));
        assertThat(advanceOfTheCrisisMission(schedule.year(2))).isEqualTo(Money.of("9375"));
        PaymentStatement year1 = FUNDING.statement(
                TERMS, SIGNED_ON, POPULATION, 1, YEAR_1_ACCEPTED, false, MissionStarts.planned(TERMS));
        assertThat(year1.missions())
                .filteredOn(mission -> mission.mission() == Mission.CRISES_SANITAIRES)
                .singleElement()
                .satisfies(mission -> {
                    assertThat(mission.fixedPartDue().amount()).isEqualTo(Money.euros(25_000));
                    assertThat(mission.fixedPartDue().provenance().orElseThrow().parameterName())
                            .isEqualTo("part fixe CRISES_SANITAIRES (année 1)");
                });
    }

    @Test
    void aFixedPartForAYearBeyondTheContractIsRefused() {
        ContractMission sixthYear = new ContractMission(
                Mission.CRISES_SANITAIRES,
                SIGNED_ON,
                LocalDate.of(2025, 1, 1),
                Money.of("12500"),
                Map.of(6, Money.euros(25_000)),
                List.of());
        ContractTerms terms = ContractExamples.terms("T2", ContractExamples.missionsWith(sixthYear));

        assertThat(FUNDING.check(terms, SIGNED_ON, POPULATION).refusals())
                .contains("La mission « Réponse aux crises sanitaires graves » : une part fixe est donnée pour "
                        + "l'année 6, mais le contrat compte 5 années.");
    }

    private static Money advanceOfTheCrisisMission(ScheduleYear year) {
        return year.lines().stream()
                .filter(line -> line.label().startsWith("Avance de 75 % de la part fixe – Réponse aux crises"))
                .map(line -> line.amount().orElseThrow())
                .findFirst()
                .orElseThrow();
    }
}
