package fr.cpts.funding.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractYearTest {

    @Test
    void runsFromOneAnniversaryToTheNext() {
        ContractYear year2 = new ContractYear(LocalDate.of(2023, 1, 1), 2);
        assertThat(year2.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year2.end()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year2.lengthInDays()).isEqualTo(366);
        assertThat(new ContractYear(LocalDate.of(2023, 1, 1), 1).lengthInDays()).isEqualTo(365);
    }

    @Test
    void countsTheStartDayButNotTheAnniversary() {
        ContractYear year1 = new ContractYear(LocalDate.of(2023, 1, 1), 1);
        assertThat(year1.daysFrom(LocalDate.of(2023, 6, 15))).isEqualTo(200);
        assertThat(year1.daysFrom(LocalDate.of(2023, 12, 31))).isEqualTo(1);
        assertThat(year1.daysFrom(LocalDate.of(2023, 1, 1))).isEqualTo(365);
    }

    @Test
    void movesA29FebruarySignatureTo28FebruaryInCommonYears() {
        ContractYear year1 = new ContractYear(LocalDate.of(2024, 2, 29), 1);
        assertThat(year1.end()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(year1.lengthInDays()).isEqualTo(365);
        assertThat(new ContractYear(LocalDate.of(2024, 2, 29), 5).end()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void refusesYearZero() {
        assertThatThrownBy(() -> new ContractYear(LocalDate.of(2023, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
