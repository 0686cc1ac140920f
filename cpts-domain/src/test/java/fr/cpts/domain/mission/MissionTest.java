package fr.cpts.domain.mission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ACCES_SOINS | Accès aux soins (médecin traitant et soins non programmés) | CORE",
                "PARCOURS | Parcours pluriprofessionnels | CORE",
                "PREVENTION | Prévention | CORE",
                "CRISES_SANITAIRES | Réponse aux crises sanitaires graves | CORE",
                "QUALITE_PERTINENCE | Qualité et pertinence des soins | OPTIONAL",
                "ACCOMPAGNEMENT_PROFESSIONNELS | Accompagnement des professionnels de santé | OPTIONAL"
            })
    void listsTheSixAciMissionsWithLabelAndKind(Mission mission, String label, MissionKind kind) {
        assertThat(mission.label()).isEqualTo(label);
        assertThat(mission.kind()).isEqualTo(kind);
        assertThat(Mission.values()).hasSize(6);
    }

    @ParameterizedTest
    @CsvSource({"CORE, socle", "OPTIONAL, optionnelle"})
    void namesMissionKindsInFrench(MissionKind kind, String label) {
        assertThat(kind.label()).isEqualTo(label);
    }
}
