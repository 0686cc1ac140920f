package fr.cpts.persistence.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpts.domain.territory.Commune;
import fr.cpts.domain.territory.CommuneLookup;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.Epci;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Region;
import fr.cpts.persistence.PersistenceTest;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference data as Flyway loaded it from @etalab/decoupage-administratif 6.0.0, read through the port. */
@PersistenceTest
class JdbcCommunesTest {

    @Autowired
    Communes communes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void holdsEveryCurrentCommuneDepartementRegionAndEpciOfThePackage() {
        assertThat(communes.count()).isEqualTo(34_969);
        assertThat(communes.departements())
                .hasSize(109)
                .contains(
                        new Departement("2A", "Corse-du-Sud", "94"),
                        new Departement("971", "Guadeloupe", "01"),
                        new Departement("976", "Mayotte", "06"));
        assertThat(communes.regions())
                .hasSize(26)
                .contains(new Region("75", "Nouvelle-Aquitaine"), new Region("01", "Guadeloupe"));
        assertThat(communes.regions().stream().filter(region -> region.code().length() == 2))
                .as("the 18 régions")
                .hasSize(18);
        assertThat(jdbc.queryForObject("select count(*) from epci", Integer.class))
                .isEqualTo(1_255);
        assertThat(jdbc.queryForObject("select count(*) from epci_commune", Integer.class))
                .isEqualTo(34_871);
    }

    @Test
    void knowsCommunesWithTheExactPopulationThePackageGives() {
        assertThat(communes.byCode(new InseeCode("33063")))
                .contains(new Commune(
                        new InseeCode("33063"),
                        "Bordeaux",
                        OptionalInt.of(267_991),
                        List.of("33000", "33100", "33200", "33300", "33800"),
                        "33",
                        "75"));
        assertThat(communes.byCode(new InseeCode("2A004")))
                .contains(new Commune(
                        new InseeCode("2A004"),
                        "Ajaccio",
                        OptionalInt.of(76_320),
                        List.of("20000", "20090", "20167"),
                        "2A",
                        "94"));
        assertThat(communes.byCode(new InseeCode("97120")))
                .contains(new Commune(
                        new InseeCode("97120"),
                        "Pointe-à-Pitre",
                        OptionalInt.of(15_040),
                        List.of("97110"),
                        "971",
                        "01"));
    }

    @Test
    void keepsCommunesWithoutPopulationOrPostalCodeAsUnknownNotZero() {
        assertThat(communes.byCode(new InseeCode("98412"))).hasValueSatisfying(kerguelen -> {
            assertThat(kerguelen.name()).isEqualTo("Archipel des Kerguelen");
            assertThat(kerguelen.population()).isEmpty();
            assertThat(kerguelen.postalCodes()).isEmpty();
        });
        assertThat(jdbc.queryForObject("select count(*) from commune where population is null", Integer.class))
                .isEqualTo(6);
        assertThat(communes.byCode(new InseeCode("55050")))
                .as("Bezonvaux, a village destroyed in 1916: really 0")
                .hasValueSatisfying(
                        bezonvaux -> assertThat(bezonvaux.population()).hasValue(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"saint etienne", "SAINT-ÉTIENNE", "Saint-Etienne", "saint-étienne", "  saint   étienne"})
    void findsANameWhateverItsAccentsCaseAndHyphens(String typed) {
        List<Commune> found = communes.search(typed, 5);

        assertThat(found).hasSize(5);
        assertThat(found.get(0).code())
                .as("the most populated Saint-Étienne first")
                .isEqualTo(new InseeCode("42218"));
        assertThat(found).allSatisfy(commune -> assertThat(commune.name()).startsWith("Saint-Étienne"));
    }

    @Test
    void ordersMatchesByPopulationThenByName() {
        List<Commune> found = communes.search("bord", 50);

        assertThat(found.get(0).name()).isEqualTo("Bordeaux");
        assertThat(found)
                .extracting(commune -> commune.population().orElse(-1))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(found).allSatisfy(commune -> assertThat(commune.name()).startsWithIgnoringCase("Bord"));
    }

    @Test
    void aCptsSearchingFromItsDepartementFindsItsOwnCommunesBeforeTheRestOfFrance() {
        List<Commune> fromGironde = communes.searchFrom("33", "saint", 10);
        List<Commune> fromLoire = communes.searchFrom("42", "saint etienne", 3);

        assertThat(fromGironde).hasSize(10).allSatisfy(commune -> assertThat(commune.departementCode())
                .isEqualTo("33"));
        assertThat(fromGironde)
                .extracting(commune -> commune.population().orElse(-1))
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(fromLoire.get(0).code()).isEqualTo(new InseeCode("42218"));
        assertThat(communes.searchFrom("33", "bordeaux", 5).get(0).name()).isEqualTo("Bordeaux");
        assertThat(communes.searchFrom("2A", "3306", 5))
                .extracting(Commune::departementCode)
                .containsOnly("33");
    }

    @Test
    void findsByTheBeginningOrTheWholeOfAnInseeCode() {
        assertThat(communes.search("33063", 20)).extracting(Commune::name).containsExactly("Bordeaux");
        assertThat(communes.search("2a", 3)).extracting(Commune::name).first().isEqualTo("Ajaccio");
        assertThat(communes.search("971", 50)).hasSize(32).first().satisfies(commune -> assertThat(
                        commune.departementCode())
                .isEqualTo("971"));
        assertThat(communes.search("98412", 5)).extracting(Commune::name).containsExactly("Archipel des Kerguelen");
    }

    @Test
    void findsNothingForAnUnknownNameAndRespectsTheLimit() {
        assertThat(communes.search("zzzz", 20)).isEmpty();
        assertThat(communes.search("sa", 7)).hasSize(7);
        assertThat(communes.search("'-", 7)).isEmpty();
    }

    @Test
    void saysWhichCodesAreNoCommune() {
        CommuneLookup lookup = communes.byCodes(List.of(
                new InseeCode("97120"), new InseeCode("33063"), new InseeCode("99999"), new InseeCode("33063")));

        assertThat(lookup.found()).extracting(Commune::name).containsExactly("Bordeaux", "Pointe-à-Pitre");
        assertThat(lookup.unknown()).containsExactly(new InseeCode("99999"));
        assertThat(lookup.allFound()).isFalse();
        assertThat(communes.byCodes(List.of()).allFound()).isTrue();
    }

    @Test
    void listsTheMemberCommunesOfAnEpci() {
        Epci bordeauxMetropole = communes.epciOf(new InseeCode("33063")).orElseThrow();

        assertThat(bordeauxMetropole)
                .isEqualTo(new Epci("243300316", "Bordeaux Métropole", "METRO", OptionalInt.of(843_738)));
        assertThat(communes.epci("243300316")).contains(bordeauxMetropole);
        List<Commune> members = communes.membersOf("243300316");
        assertThat(members).hasSize(28).first().extracting(Commune::name).isEqualTo("Bordeaux");
        assertThat(members).extracting(Commune::name).contains("Mérignac", "Pessac");
        assertThat(communes.membersOf("000000000")).isEmpty();
        assertThat(communes.epciOf(new InseeCode("98412")))
                .as("an uninhabited territory belongs to no EPCI")
                .isEmpty();
    }

    @Test
    void recordsWhichEditionOfTheReferenceDataIsLoaded() {
        assertThat(communes.version()).hasValueSatisfying(version -> {
            assertThat(version.packageName()).isEqualTo("@etalab/decoupage-administratif");
            assertThat(version.version()).isEqualTo("6.0.0");
        });
    }
}
