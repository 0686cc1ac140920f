package fr.cpts.domain.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldChangesTest {

    record Letter(String diagnostic, List<String> partners, Integer version) {
    }

    record Other(String diagnostic) {
    }

    @Test
    void listsOnlyTheFieldsThatChangedWithTheirBeforeAndAfterValues() {
        Letter before = new Letter("Peu de médecins", List.of("MSP de Langon"), 1);
        Letter after = new Letter("Peu de médecins traitants", List.of("MSP de Langon"), 2);

        assertThat(FieldChanges.between(before, after)).containsExactly(
                new FieldChange("diagnostic", "Peu de médecins", "Peu de médecins traitants"),
                new FieldChange("version", "1", "2"));
    }

    @Test
    void aCreationHasEveryFieldWithNothingBefore() {
        assertThat(FieldChanges.between(null, new Letter("Diagnostic", List.of(), null))).containsExactly(
                new FieldChange("diagnostic", null, "Diagnostic"),
                new FieldChange("partners", null, "[]"));
    }

    @Test
    void refusesToCompareTwoDifferentKinds() {
        assertThatThrownBy(() -> FieldChanges.between(new Other("a"), new Letter("a", List.of(), 1)))
                .hasMessageContaining("deux types différents");
    }
}
