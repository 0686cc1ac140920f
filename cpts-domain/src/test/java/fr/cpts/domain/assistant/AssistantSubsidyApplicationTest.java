package fr.cpts.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssistantSubsidyApplicationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "1010123456", "101012345678", "1010123456a", "10101 23456", "１０１０１２３４５６７"})
    void refusesAnRppsNumberThatIsNotElevenDigitsNamingTheField(String rpps) {
        assertThatThrownBy(() -> new Doctor("Dr Paul Durand", rpps, "MEDECINE_GENERALE", FeeSector.SECTOR_1, false))
                .isInstanceOf(DomainException.class)
                .hasMessage("Numéro RPPS : il compte exactement 11 chiffres.");
    }

    @Test
    void keepsTheDoctorsNameWithoutSurroundingSpacesAndRefusesABlankOne() {
        assertThat(new Doctor("  Dr Paul Durand ", " 10101234567 ", "PEDIATRIE", FeeSector.SECTOR_2, true))
                .isEqualTo(new Doctor("Dr Paul Durand", "10101234567", "PEDIATRIE", FeeSector.SECTOR_2, true));
        assertThatThrownBy(() -> new Doctor("  ", "10101234567", "PEDIATRIE", FeeSector.SECTOR_1, false))
                .hasMessage("Nom du médecin : il est obligatoire.");
        assertThatThrownBy(() -> new Doctor("x".repeat(201), "10101234567", "PEDIATRIE", FeeSector.SECTOR_1, false))
                .hasMessage("Nom du médecin : il ne peut pas dépasser 200 caractères.");
    }

    @Test
    void refusesOptamOutsideSecteur2AndAnUnknownLookingSpecialty() {
        assertThatThrownBy(() -> new Doctor("Dr A", "10101234567", "PEDIATRIE", FeeSector.SECTOR_1, true))
                .hasMessage("Adhésion à l'OPTAM : elle ne concerne que les médecins de secteur 2 (ici : secteur 1).");
        assertThatThrownBy(() -> new Doctor("Dr A", "10101234567", "pédiatrie'; drop", FeeSector.SECTOR_1, false))
                .hasMessage("Spécialité : choisissez une spécialité de la liste.");
        assertThatThrownBy(() -> new Doctor("Dr A", "10101234567", "PEDIATRIE", null, false))
                .hasMessage("Secteur conventionnel : il est obligatoire.");
    }

    @Test
    void refusesFiguresOutOfRangeNamingTheField() {
        assertThatThrownBy(() -> new Practice(0, false, false, true))
                .hasMessageStartingWith("Nombre de médecins du cabinet :");
        assertThatThrownBy(() -> new Activity(-1, 0, true))
                .hasMessageStartingWith("Patients adultes médecin traitant :");
        assertThatThrownBy(() -> new Activity(800, 101, true))
                .hasMessage("Percentile de la file active : il est compris entre 0 et 100.");
        assertThatThrownBy(() -> new Activity(800, 10, OptionalInt.of(101), true))
                .hasMessage("Part des honoraires cliniques : elle est comprise entre 0 et 100 %.");
        assertThat(new Activity(100_000, 100, false).activityPercentile()).isEqualTo(100);
        assertThat(new Activity(0, 50, OptionalInt.of(80), true).clinicalFeesShare())
                .hasValue(80);
    }

    @Test
    void requiresTheOptionAndTheHiringDate() {
        AssistantSubsidyApplication valid = AssistantRequestFixtures.application();
        assertThatThrownBy(() -> new AssistantSubsidyApplication(
                        valid.doctor(), valid.practice(), valid.activity(), null, LocalDate.of(2025, 10, 1)))
                .hasMessage("Option : choisissez le temps de travail de l'assistant médical.");
        assertThatThrownBy(() -> new AssistantSubsidyApplication(
                        valid.doctor(), valid.practice(), valid.activity(), AssistantWorkingTime.HALF, null))
                .hasMessage("Date d'embauche : elle est obligatoire.");
    }
}
