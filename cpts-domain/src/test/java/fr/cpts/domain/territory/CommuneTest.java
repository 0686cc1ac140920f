package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommuneTest {

    @Test
    void keepsAnUnknownPopulationUnknownRatherThanZero() {
        Commune kerguelen =
                new Commune(new InseeCode("98412"), "Archipel des Kerguelen", OptionalInt.empty(), null, "984", "984");

        assertThat(kerguelen.population()).isEmpty();
        assertThat(kerguelen.postalCodes()).isEmpty();
    }

    @Test
    void refusesANegativePopulationOrAMissingName() {
        assertThatThrownBy(() ->
                        new Commune(new InseeCode("33063"), "Bordeaux", OptionalInt.of(-1), List.of(), "33", "75"))
                .hasMessageContaining("Population négative");
        assertThatThrownBy(() -> new Commune(new InseeCode("33063"), " ", OptionalInt.of(1), List.of(), "33", "75"))
                .hasMessageContaining("nom de la commune");
    }

    @Test
    void knowsItsRegionAndDepartement() {
        Commune ajaccio =
                new Commune(new InseeCode("2A004"), "Ajaccio", OptionalInt.of(76_320), List.of("20000"), "2A", "94");

        assertThat(ajaccio.isIn(new RegionCode("94"))).isTrue();
        assertThat(ajaccio.isIn(new DepartementCode("2A"))).isTrue();
        assertThat(ajaccio.isIn(new DepartementCode("2B"))).isFalse();
    }

    @Test
    void aLookupSaysWhetherEveryCodeWasFound() {
        assertThat(new CommuneLookup(List.of(), Set.of()).allFound()).isTrue();
        assertThat(new CommuneLookup(List.of(), Set.of(new InseeCode("99999"))).allFound())
                .isFalse();
    }

    @Test
    void anEpciIsNamedByItsSiren() {
        assertThatThrownBy(() -> new Epci("2433", "Bordeaux Métropole", "METRO", OptionalInt.empty()))
                .hasMessageStartingWith("SIREN d'EPCI invalide");
    }
}
