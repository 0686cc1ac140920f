package fr.cpts.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.DomainException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In Paris, Lyon and Marseille a territory is drawn from municipal arrondissements: never the whole commune, never
 * the commune and its arrondissements together.
 */
class ArrondissementDrawingTest {

    private static final CptsId CPTS = new CptsId(7);
    private static final InseeCode PARIS_CODE = new InseeCode("75056");
    private static final Commune PARIS =
            new Commune(PARIS_CODE, "Paris", OptionalInt.of(2_103_778), List.of(), "75", "11", Optional.empty(), true);
    private static final Commune PARIS_12 = arrondissement("75112", "Paris 12e Arrondissement", 139_297);
    private static final Commune PARIS_20 = arrondissement("75120", "Paris 20e Arrondissement", 189_805);
    private static final Communes REFERENCE = new InMemory(List.of(PARIS, PARIS_12, PARIS_20));

    @Test
    void theWholeCommuneOfADividedCityIsRefusedNamingWhatToAddInstead() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        assertThatThrownBy(() -> drawing.add(PARIS))
                .isInstanceOf(DomainException.class)
                .hasMessage("« Paris » est divisée en arrondissements municipaux : un territoire de CPTS y est dessiné "
                        + "par arrondissement. Ajoutez les arrondissements que la CPTS couvre (par exemple « Paris 1er "
                        + "Arrondissement »).");
        assertThat(drawing.communes()).isEmpty();
    }

    @Test
    void arrondissementsAreAddedAndTheirPopulationsSummed() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        drawing.add(PARIS_12);
        drawing.add(PARIS_20);

        assertThat(drawing.population().knownPopulation()).isEqualTo(329_102);
        assertThat(drawing.toTerritory().communes())
                .containsExactlyInAnyOrder(new InseeCode("75112"), new InseeCode("75120"));
    }

    @Test
    void anArrondissementIsRefusedWhileTheTerritoryHoldsItsWholeCommuneFromBefore() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 3, List.of(PARIS));

        assertThatThrownBy(() -> drawing.add(PARIS_12))
                .hasMessage("Le territoire contient déjà la commune entière « Paris » : retirez-la avant d'y ajouter « "
                        + "Paris 12e Arrondissement », un territoire ne tenant jamais la commune et ses "
                        + "arrondissements ensemble.");
        drawing.remove(PARIS_CODE);
        assertThat(drawing.add(PARIS_12)).isTrue();
    }

    @Test
    void aPastedListHoldingADividedCityIsRefusedWholeAndNothingIsAdded() {
        TerritoryDrawing drawing = TerritoryDrawing.of(CPTS, 0, List.of());

        assertThatThrownBy(() -> drawing.paste(PastedInseeCodes.parse("75112 75056"), REFERENCE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("75056 (Paris)");
        assertThat(drawing.communes()).isEmpty();
        assertThat(drawing.paste(PastedInseeCodes.parse("75112 75120"), REFERENCE))
                .isEqualTo(2);
    }

    private static Commune arrondissement(String code, String name, int population) {
        return new Commune(
                new InseeCode(code),
                name,
                OptionalInt.of(population),
                List.of(),
                "75",
                "11",
                Optional.of(PARIS_CODE),
                false);
    }

    /** The reference data, in memory. */
    private record InMemory(List<Commune> all) implements Communes {

        @Override
        public CommuneLookup byCodes(Collection<InseeCode> codes) {
            List<Commune> found = all.stream()
                    .filter(commune -> codes.contains(commune.code()))
                    .toList();
            Set<InseeCode> unknown = new LinkedHashSet<>(codes);
            found.forEach(commune -> unknown.remove(commune.code()));
            return new CommuneLookup(found, unknown);
        }

        @Override
        public List<Commune> search(String text, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Commune> searchFrom(String departementCode, String text, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Commune> byCode(InseeCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Epci> epci(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Epci> epciOf(InseeCode commune) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Epci> searchEpci(String text, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Commune> ofRegion(RegionCode region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Commune> membersOf(String epciCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return all.size();
        }

        @Override
        public List<Departement> departements() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Region> regions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ReferenceDataVersion> version() {
            throw new UnsupportedOperationException();
        }
    }
}
