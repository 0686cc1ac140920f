package fr.cpts.funding.aci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.funding.FundingRefusal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationBracketsTest {

    private static final AciSimulator SIMULATOR = AciSimulator.withShippedRuleSets();

    @ParameterizedTest(name = "{0} habitants le {1} → {2}")
    @CsvSource({
        "0, 2020-01-01, T1",
        "39999, 2020-01-01, T1",
        "40000, 2020-01-01, T2",
        "80000, 2020-01-01, T2",
        "80001, 2020-01-01, T3",
        "175000, 2020-01-01, T3",
        "175001, 2020-01-01, T4",
        "39999, 2023-01-01, T1",
        "40000, 2023-01-01, T2",
        "80000, 2023-01-01, T2",
        "80001, 2023-01-01, T3",
        "175000, 2023-01-01, T3",
        "175001, 2023-01-01, T4"
    })
    void placesEachBoundaryInExactlyOneBracket(long population, LocalDate date, String bracket) {
        assertThat(SIMULATOR.ceilings(population, date).bracket().code()).isEqualTo(bracket);
    }

    @Test
    void refusesANegativePopulation() {
        assertThatThrownBy(() -> SIMULATOR.ceilings(-1, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(FundingRefusal.class)
                .hasMessage("La population couverte ne peut pas être négative (-1 habitants).");
    }

    @Test
    void statesTheBoundaryReadingInOneFrenchSentence() {
        assertThat(SIMULATOR.ceilings(50_000, LocalDate.of(2020, 1, 1)).bracketsReading())
                .isEqualTo(
                        "Tranches de population : T1 : moins de 40 000 habitants ; T2 : au moins 40 000 et au plus 80 000 habitants ; "
                                + "T3 : plus de 80 000 et au plus 175 000 habitants ; T4 : plus de 175 000 habitants. "
                                + "Une population égale à un seuil relève de : 40 000 → T2, 80 000 → T2, 175 000 → T3.");
    }

    @Test
    void readsEachBracketOnItsOwn() {
        assertThat(SIMULATOR
                        .ceilings(100_000, LocalDate.of(2020, 1, 1))
                        .bracket()
                        .reading())
                .isEqualTo("T3 : plus de 80 000 et au plus 175 000 habitants");
    }

    @Test
    void refusesBracketsWithoutAnOpenLastOne() {
        assertThatThrownBy(() -> PopulationBrackets.fromUpperLimits(List.of(
                        new PopulationBrackets.UpperLimit("T1", OptionalLong.of(40_000), false, "s"),
                        new PopulationBrackets.UpperLimit("T2", OptionalLong.of(80_000), true, "s"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tranche T2 : seule la dernière tranche est sans borne haute.");
    }

    @Test
    void refusesThresholdsThatDoNotRise() {
        assertThatThrownBy(() -> PopulationBrackets.fromUpperLimits(List.of(
                        new PopulationBrackets.UpperLimit("T1", OptionalLong.of(40_000), false, "s"),
                        new PopulationBrackets.UpperLimit("T2", OptionalLong.of(40_000), true, "s"),
                        new PopulationBrackets.UpperLimit("T3", OptionalLong.empty(), false, "s"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tranche T2 : les seuils doivent croître.");
    }
}
