package fr.cpts.domain.dossier;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.Territory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dossiers and people to test the instruction cycle with. */
final class DossierFixtures {

    static final CptsId CPTS = new CptsId(7);
    static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    static final Actor PORTEUR = new Actor("porteur", "Dr Claire Martin", Role.PORTEUR);
    static final Actor ARS = new Actor("ars", "Julien Lefèvre", Role.ARS_OFFICER);
    static final Actor CPAM = new Actor("cpam", "Nadia Benali", Role.CPAM_OFFICER);
    static final Territory TERRITORY = new Territory(CPTS, Set.of(new InseeCode("33227"), new InseeCode("33506")));

    private DossierFixtures() {}

    static LetterOfIntent completeLetter() {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        orientations.put(Mission.ACCES_SOINS, "Recenser les patients sans médecin traitant");
        orientations.put(Mission.PARCOURS, "Parcours des personnes âgées fragiles");
        orientations.put(Mission.PREVENTION, "Dépistage du cancer colorectal");
        orientations.put(Mission.CRISES_SANITAIRES, "Plan de réponse aux crises");
        return new LetterOfIntent(
                "13 600 patients sans médecin traitant",
                "MSP de Langon, centre hospitalier",
                orientations,
                List.of(new Milestone(LocalDate.of(2025, 6, 1), "Assemblée constitutive")));
    }

    static HealthProject completeProject() {
        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            if (mission.kind() == fr.cpts.domain.mission.MissionKind.CORE) {
                sheets.put(mission, new ActionSheet("objectifs", "moyens", "actions", "calendrier", "indicateurs"));
            }
        }
        return new HealthProject(
                "diagnostic", "acteurs", "objectifs", sheets, "évaluation", "cadrage", "partage", "protocoles");
    }

    /** A letter of intent with complete content standing in that state. */
    static Dossier letterIn(DossierState state) {
        return Dossier.restore(
                new DossierId(1),
                CPTS,
                DossierKind.LETTRE_INTENTION,
                state,
                completeLetter(),
                List.of(),
                3,
                NOW.minusSeconds(86_400));
    }
}
