package fr.cpts.funding.contract;

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
 * The complement avenant 2 owes the CPTS that signed the ACI by 31/12/2021 for the functioning paid at the 2019
 * amounts: shown « à confirmer » (the years covered and the payment date are not in the sources read), never counted
 * in the totals.
 */
class FunctioningComplementTest {

    private static final ContractFunding FUNDING = ContractFunding.withShippedRuleSets();
    private static final long POPULATION = 60_000;

    @Test
    void aContractSignedIn2021IsOwedTheDifferenceForItsFirstYearToConfirm() {
        LocalDate signed = LocalDate.of(2021, 6, 1);

        ContractSchedule schedule = schedule(signed);

        List<ContractPaymentLine> complements =
                schedule.lines().stream().filter(ContractPaymentLine::toConfirm).toList();
        assertThat(complements).singleElement().satisfies(line -> {
            assertThat(line.year()).isEqualTo(1);
            assertThat(line.date()).isEqualTo(LocalDate.of(2022, 3, 31));
            assertThat(line.label())
                    .isEqualTo("Complément de fonctionnement « ACI avenant 2 » – année 1 (à confirmer)");
            assertThat(line.amount()).contains(Money.euros(45_000));
            assertThat(line.explanation().arithmetic()).startsWith("105 000,00 € − 60 000,00 € = 45 000,00 € ;");
        });
        assertThat(schedule.year(1).knownTotal())
                .as("the complement to confirm is not counted")
                .isEqualTo(schedule.year(1).lines().stream()
                        .filter(line -> !line.toConfirm())
                        .map(line -> line.amount().orElse(Money.ZERO))
                        .reduce(Money.ZERO, Money::plus));
    }

    @Test
    void aContractSignedAfterTheThirtyFirstOfDecember2021IsOwedNoComplement() {
        assertThat(schedule(LocalDate.of(2022, 1, 15)).lines()).noneMatch(ContractPaymentLine::toConfirm);
    }

    private static ContractSchedule schedule(LocalDate signed) {
        ContractTerms terms = new ContractTerms(
                "T2",
                POPULATION,
                List.of(
                        mission(Mission.ACCES_SOINS, signed),
                        mission(Mission.PARCOURS, signed),
                        mission(Mission.PREVENTION, signed)));
        return FUNDING.schedule(
                terms, signed, POPULATION, Map.of(), Set.of(), MissionStarts.planned(terms), Optional.empty());
    }

    private static ContractMission mission(Mission mission, LocalDate start) {
        return new ContractMission(mission, start, start.plusMonths(12), Money.euros(10_000), List.of());
    }
}
