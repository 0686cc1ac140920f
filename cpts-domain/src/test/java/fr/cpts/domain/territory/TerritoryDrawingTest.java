package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Drawing a territory: adding communes one by one, by EPCI, by pasted list; removing them; its population. */
class TerritoryDrawingTest {

    private static final CptsId CPTS = new CptsId(7);
    private static final Commune LANGON = commune("33227", "Langon", 7_600);
    private static final Commune LA_REOLE = commune("33352", "La Réole", 4_300);
    private static final Commune TOULENNE = commune("33533", "Toulenne", 2_600);
    private static final Commune KERGUELEN =
            new Commune(new InseeCode("98412"), "Archipel des Kerguelen", OptionalInt.empty(), List.of(), "984", "984");

    private final FakeCommunes reference = new FakeCommunes(
            List.of(LANGON, LA_REOLE, TOULENNE, KERGUELEN), Map.of("200069581", List.of(LANGON, TOULENNE)));

    @Test
    void thePopulationIsTheSumOfTheKnownPopulationsAndCountsTheUnknownApart() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(LANGON, LA_REOLE, KERGUELEN));

        TerritoryPopulation population = drawing.population();

        assertThat(population.communes()).isEqualTo(3);
        assertThat(population.knownPopulation()).isEqualTo(11_900);
        assertThat(population.communesWithUnknownPopulation()).isEqualTo(1);
        assertThat(population.isComplete()).isFalse();
    }

    @Test
    void anEmptyTerritoryHasNoPopulationAndNothingUnknown() {
        TerritoryPopulation population = TerritoryDrawing.of(CPTS, 0, List.of()).population();

        assertThat(population.knownPopulation()).isZero();
        assertThat(population.isComplete()).isTrue();
    }

    @Test
    void addingACommuneTwiceCountsItOnce() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        assertThat(drawing.add(LANGON)).isTrue();
        assertThat(drawing.add(LANGON)).isFalse();
        assertThat(drawing.population().knownPopulation()).isEqualTo(7_600);
    }

    @Test
    void addingAnEpciAddsEachOfItsCommunesNotYetInTheTerritory() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(LANGON));

        int added = drawing.addEpci(new Epci("200069581", "CC du Sud Gironde", "CC", OptionalInt.empty()), reference);

        assertThat(added).isEqualTo(1);
        assertThat(drawing.toTerritory().communes()).containsExactlyInAnyOrder(LANGON.code(), TOULENNE.code());
    }

    @Test
    void anEpciWithoutCommunesIsRefused() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        assertThatThrownBy(
                        () -> drawing.addEpci(new Epci("999999999", "EPCI vide", "CC", OptionalInt.empty()), reference))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("aucune commune");
    }

    @Test
    void aPastedListOfKnownCodesAddsThemAll() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(LANGON));

        int added = drawing.paste(PastedInseeCodes.parse("33227\n33352 ; 33533,"), reference);

        assertThat(added).isEqualTo(2);
        assertThat(drawing.population().communes()).isEqualTo(3);
    }

    @Test
    void aPastedListWithUnknownOrMalformedCodesListsThemBackAndAddsNothing() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(LANGON));

        assertThatThrownBy(() -> drawing.paste(PastedInseeCodes.parse("33352 99999 33533 langon 2a999"), reference))
                .isInstanceOfSatisfying(UnknownCommunes.class, unknown -> {
                    assertThat(unknown.codes()).containsExactly("LANGON", "99999", "2A999");
                    assertThat(unknown.getMessage())
                            .contains("99999", "LANGON", "Aucune commune de la liste n'a été ajoutée");
                });
        assertThat(drawing.toTerritory().communes()).containsExactly(LANGON.code());
    }

    @Test
    void anEmptyPasteIsRefused() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        assertThatThrownBy(() -> drawing.paste(PastedInseeCodes.parse("  \n ; "), reference))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("aucun code INSEE");
    }

    @Test
    void removingACommuneTakesItsPopulationAway() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(LANGON, LA_REOLE));

        assertThat(drawing.remove(LANGON.code())).isTrue();
        assertThat(drawing.remove(LANGON.code())).isFalse();
        assertThat(drawing.population().knownPopulation()).isEqualTo(4_300);
    }

    @Test
    void communesAreListedByDepartementThenNameWhateverTheAccents() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of(TOULENNE, LANGON, LA_REOLE));

        assertThat(drawing.communes()).extracting(Commune::name).containsExactly("La Réole", "Langon", "Toulenne");
    }

    @Test
    void aStoredCommuneTheReferenceNoLongerListsIsKeptWithUnknownPopulation() {
        VersionedTerritory stored = new VersionedTerritory(
                new Territory(CPTS, Set.of(LANGON.code(), new InseeCode("33999"))),
                3,
                Optional.empty(),
                Optional.empty());

        TerritoryDrawing drawing = TerritoryDrawing.of(stored, reference);

        assertThat(drawing.version()).isEqualTo(3);
        assertThat(drawing.population().communes()).isEqualTo(2);
        assertThat(drawing.population().communesWithUnknownPopulation()).isEqualTo(1);
    }

    private static Commune commune(String code, String name, int population) {
        return new Commune(
                new InseeCode(code), name, OptionalInt.of(population), List.of(), code.substring(0, 2), "75");
    }

    /** The reference data, in memory. */
    private record FakeCommunes(List<Commune> all, Map<String, List<Commune>> epci) implements Communes {
        @Override
        public List<Commune> search(String text, int limit) {
            return List.of();
        }

        @Override
        public List<Commune> searchFrom(String departementCode, String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<Commune> byCode(InseeCode code) {
            return all.stream().filter(c -> c.code().equals(code)).findFirst();
        }

        @Override
        public CommuneLookup byCodes(Collection<InseeCode> codes) {
            List<Commune> found = new ArrayList<>();
            Set<InseeCode> unknown = new LinkedHashSet<>();
            for (InseeCode code : codes) {
                byCode(code).ifPresentOrElse(found::add, () -> unknown.add(code));
            }
            return new CommuneLookup(found, unknown);
        }

        @Override
        public Optional<Epci> epci(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<Epci> epciOf(InseeCode commune) {
            return Optional.empty();
        }

        @Override
        public List<Epci> searchEpci(String text, int limit) {
            return List.of();
        }

        @Override
        public List<Commune> ofRegion(RegionCode region) {
            return List.of();
        }

        @Override
        public List<Commune> membersOf(String epciCode) {
            return epci.getOrDefault(epciCode, List.of());
        }

        @Override
        public long count() {
            return all.size();
        }

        @Override
        public List<Departement> departements() {
            return List.of();
        }

        @Override
        public List<Region> regions() {
            return List.of();
        }

        @Override
        public Optional<ReferenceDataVersion> version() {
            return Optional.empty();
        }
    }
}
