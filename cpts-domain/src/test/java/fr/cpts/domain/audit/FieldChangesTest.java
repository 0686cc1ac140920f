package fr.cpts.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

    record Letter(String diagnostic, List<String> partners, Integer version) {}

    record Other(String diagnostic) {}

    record Address(String street, String city) {}

    record Step(LocalDate date, String label) {}

    record Profile(Address address, Optional<String> phone, Map<String, String> orientations, List<Step> steps) {}

    @Test
    void listsOnlyTheFieldsThatChangedWithTheirBeforeAndAfterValues() {
        Letter before = new Letter("Peu de médecins", List.of("MSP de Langon"), 1);
        Letter after = new Letter("Peu de médecins traitants", List.of("MSP de Langon"), 2);

        assertThat(FieldChanges.between(before, after))
                .containsExactly(
                        new FieldChange("diagnostic", "Peu de médecins", "Peu de médecins traitants"),
                        new FieldChange("version", "1", "2"));
    }

    @Test
    void aCreationHasEveryFieldWithNothingBefore() {
        assertThat(FieldChanges.between(null, new Letter("Diagnostic", List.of(), null)))
                .containsExactly(
                        new FieldChange("diagnostic", null, "Diagnostic"), new FieldChange("partners", null, "[]"));
    }

    @Test
    void refusesToCompareTwoDifferentKinds() {
        assertThatThrownBy(() -> FieldChanges.between(new Other("a"), new Letter("a", List.of(), 1)))
                .hasMessageContaining("deux types différents");
    }

    @Test
    void nestedRecordsAndMapsAreComparedFieldByFieldAndKeyByKey() {
        Profile before = new Profile(
                new Address("2 rue Jean Jaurès", "Langon"),
                Optional.empty(),
                Map.of("PREVENTION", "Vaccination", "PARCOURS", "Personnes âgées"),
                List.of());
        Profile after = new Profile(
                new Address("2 rue Jean Jaurès", "Bazas"),
                Optional.of("05 56 00 00 00"),
                Map.of("PREVENTION", "Dépistage", "ACCES_SOINS", "Soins non programmés"),
                List.of(new Step(LocalDate.of(2025, 6, 1), "Assemblée constitutive")));

        assertThat(FieldChanges.between(before, after))
                .containsExactly(
                        new FieldChange("address.city", "Langon", "Bazas"),
                        new FieldChange("phone", null, "05 56 00 00 00"),
                        new FieldChange("orientations.ACCES_SOINS", null, "Soins non programmés"),
                        new FieldChange("orientations.PREVENTION", "Vaccination", "Dépistage"),
                        new FieldChange("steps", "[]", "[2025-06-01 — Assemblée constitutive]"),
                        new FieldChange("orientations.PARCOURS", "Personnes âgées", null));
    }

    @Test
    void equalMapsGiveNoChangeWhateverTheirOrder() {
        Profile one =
                new Profile(new Address("a", "b"), Optional.empty(), Map.of("A", "1", "B", "2", "C", "3"), List.of());
        Profile other = new Profile(
                new Address("a", "b"),
                Optional.empty(),
                new java.util.TreeMap<>(Map.of("C", "3", "B", "2", "A", "1")).descendingMap(),
                List.of());

        assertThat(FieldChanges.between(one, other)).isEmpty();
    }
}
