package fr.cpts.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpts.domain.mission.Mission;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MissionDeadlinesTest {

    private static final LocalDate SIGNED = LocalDate.of(2025, 1, 15);

    @ParameterizedTest(name = "{0} : démarrage sous {1} mois, déploiement sous {2} mois")
    @CsvSource({"ACCES_SOINS, 6, 18", "PARCOURS, 12, 24", "PREVENTION, 12, 24", "CRISES_SANITAIRES, 6, 18"})
    void holdsTheAciDeadlinesOfEachCoreMission(Mission mission, int start, int full) {
        MissionDeadline deadline =
                MissionDeadlines.aciWithAvenant2().of(mission).orElseThrow();

        assertThat(deadline).isEqualTo(new MissionDeadline(mission, start, full));
        assertThat(deadline.describe())
                .isEqualTo("démarrage au plus tard " + start + " mois et déploiement complet au plus tard " + full
                        + " mois après la signature");
    }

    @ParameterizedTest
    @EnumSource(
            value = Mission.class,
            names = {"QUALITE_PERTINENCE", "ACCOMPAGNEMENT_PROFESSIONNELS"})
    void givesOptionalMissionsNoDeadlineAsTheCptsChoosesTheirCalendar(Mission mission) {
        MissionDeadlines deadlines = MissionDeadlines.aciWithAvenant2();

        assertThat(deadlines.of(mission)).isEmpty();
        assertThat(deadlines.dueDates(mission, SIGNED)).isEmpty();
        assertThatThrownBy(() -> new MissionDeadline(mission, 6, 18))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("La mission optionnelle « " + mission.label() + " » n'a pas de délai réglementaire : "
                        + "son calendrier est choisi par la CPTS.");
    }

    @Test
    void citesTheTextTheDeadlinesComeFrom() {
        assertThat(MissionDeadlines.aciWithAvenant2().source())
                .isEqualTo(MissionDeadlines.ACI_AVENANT_2_SOURCE)
                .startsWith("Accord conventionnel interprofessionnel en faveur des CPTS (2019), modifié par son "
                        + "avenant 2");
    }

    @Test
    void refusesDeadlinesWithoutASourceOrMissingACoreMission() {
        List<MissionDeadline> three = List.of(
                new MissionDeadline(Mission.ACCES_SOINS, 6, 18),
                new MissionDeadline(Mission.PARCOURS, 12, 24),
                new MissionDeadline(Mission.PREVENTION, 12, 24));

        assertThatThrownBy(() -> new MissionDeadlines(three, "ACI"))
                .hasMessage("Aucun délai pour la mission socle « Réponse aux crises sanitaires graves ».");
        assertThatThrownBy(() -> new MissionDeadlines(
                        MissionDeadlines.aciWithAvenant2().of(Mission.PARCOURS).stream()
                                .toList(),
                        " "))
                .hasMessage("Les délais des missions doivent citer leur source.");
    }

    @Test
    void allowsOtherDeadlinesAsDataWhenATextChangesThem() {
        MissionDeadlines changed = new MissionDeadlines(
                List.of(
                        new MissionDeadline(Mission.ACCES_SOINS, 3, 12),
                        new MissionDeadline(Mission.PARCOURS, 12, 24),
                        new MissionDeadline(Mission.PREVENTION, 12, 24),
                        new MissionDeadline(Mission.CRISES_SANITAIRES, 6, 18)),
                "Avenant fictif");

        assertThat(changed.dueDates(Mission.ACCES_SOINS, SIGNED))
                .contains(
                        new MissionDueDates(Mission.ACCES_SOINS, LocalDate.of(2025, 4, 15), LocalDate.of(2026, 1, 15)));
    }

    @ParameterizedTest(name = "{0} signé le 15/01/2025 : démarrage au plus tard le {1}, déploiement le {2}")
    @CsvSource({
        "ACCES_SOINS, 2025-07-15, 2026-07-15",
        "PARCOURS, 2026-01-15, 2027-01-15",
        "PREVENTION, 2026-01-15, 2027-01-15",
        "CRISES_SANITAIRES, 2025-07-15, 2026-07-15"
    })
    void computesTheDueDatesOfACoreMissionFromTheSignature(Mission mission, LocalDate start, LocalDate full) {
        assertThat(MissionDeadlines.aciWithAvenant2().dueDates(mission, SIGNED))
                .contains(new MissionDueDates(mission, start, full));
    }

    @Test
    void endsOnTheLastDayOfAShorterMonth() {
        assertThat(MissionDeadlines.aciWithAvenant2().dueDates(Mission.ACCES_SOINS, LocalDate.of(2025, 8, 31)))
                .contains(
                        new MissionDueDates(Mission.ACCES_SOINS, LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28)));
    }

    @ParameterizedTest(name = "le {0} pour une échéance au 15/07/2025 : {1}, {2} jours, « {3} »")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-06-14 | ON_TIME  | 31 | dans les délais (échéance le 15/07/2025)",
                "2025-06-15 | DUE_SOON | 30 | à échéance dans 30 jours",
                "2025-06-16 | DUE_SOON | 29 | à échéance dans 29 jours",
                "2025-07-14 | DUE_SOON | 1  | à échéance dans 1 jour",
                "2025-07-15 | DUE_SOON | 0  | à échéance aujourd'hui",
                "2025-07-16 | OVERDUE  | 1  | en retard de 1 jour",
                "2025-07-17 | OVERDUE  | 2  | en retard de 2 jours"
            })
    void placesAnUnmetStartDeadlineAtEachBoundary(LocalDate on, DeadlineState state, long days, String label) {
        MissionDueDates due = MissionDeadlines.aciWithAvenant2()
                .dueDates(Mission.ACCES_SOINS, SIGNED)
                .orElseThrow();

        DeadlineStatus status = due.startStatus(on, null);

        assertThat(status.state()).isEqualTo(state);
        assertThat(status.days()).isEqualTo(days);
        assertThat(status.due()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(status.label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "le {0} pour un déploiement dû le 15/07/2026 : {1}, {2} jours")
    @CsvSource({
        "2026-06-14, ON_TIME, 31",
        "2026-06-15, DUE_SOON, 30",
        "2026-07-15, DUE_SOON, 0",
        "2026-07-16, OVERDUE, 1"
    })
    void placesAnUnmetFullDeploymentDeadlineAtEachBoundary(LocalDate on, DeadlineState state, long days) {
        MissionDueDates due = MissionDeadlines.aciWithAvenant2()
                .dueDates(Mission.ACCES_SOINS, SIGNED)
                .orElseThrow();

        DeadlineStatus status = due.deploymentStatus(on, null);

        assertThat(status.state()).isEqualTo(state);
        assertThat(status.days()).isEqualTo(days);
    }

    @ParameterizedTest(name = "démarrée le {0}, regardée le {1} : {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-07-14 | 2025-07-14 | DONE     | réalisé le 14/07/2025",
                "2025-07-15 | 2025-07-20 | DONE     | réalisé le 15/07/2025",
                "2025-07-16 | 2025-07-20 | DONE     | réalisé le 16/07/2025",
                "2025-07-16 | 2025-07-15 | DUE_SOON | à échéance aujourd'hui"
            })
    void countsADeadlineDoneFromTheDayItWasMet(LocalDate startedOn, LocalDate on, DeadlineState state, String label) {
        MissionDueDates due = MissionDeadlines.aciWithAvenant2()
                .dueDates(Mission.ACCES_SOINS, SIGNED)
                .orElseThrow();

        DeadlineStatus status = due.startStatus(on, startedOn);

        assertThat(status.state()).isEqualTo(state);
        assertThat(status.label()).isEqualTo(label);
    }
}
