package fr.cpts.domain.dossier;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a letter of intent (lettre d'intention) as the ARS expects it: a first diagnostic of the
 * territory, the actors and partners already involved or to approach, the main orientations for each ACI mission
 * (the four core missions at least) and a provisional timetable. The territory itself is the CPTS's, drawn apart.
 */
public record LetterOfIntent(
        String firstDiagnostic, String actorsAndPartners, Map<Mission, String> orientations, List<Milestone> timetable)
        implements DossierContent {

    public LetterOfIntent {
        firstDiagnostic = DossierContent.clean(firstDiagnostic);
        actorsAndPartners = DossierContent.clean(actorsAndPartners);
        Map<Mission, String> cleaned = new EnumMap<>(Mission.class);
        if (orientations != null) {
            orientations.forEach((mission, text) -> {
                if (!DossierContent.clean(text).isEmpty()) {
                    cleaned.put(mission, DossierContent.clean(text));
                }
            });
        }
        orientations = Map.copyOf(cleaned);
        timetable = timetable == null
                ? List.of()
                : timetable.stream()
                        .filter(milestone -> milestone != null && !milestone.isBlank())
                        .toList();
    }

    /** A letter with nothing written yet. */
    public static LetterOfIntent empty() {
        return new LetterOfIntent("", "", Map.of(), List.of());
    }

    /** The orientation written for that mission, or an empty text. */
    public String orientation(Mission mission) {
        return orientations.getOrDefault(mission, "");
    }

    @Override
    public DossierKind kind() {
        return DossierKind.LETTRE_INTENTION;
    }

    @Override
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        if (firstDiagnostic.isEmpty()) {
            missing.add("Le premier diagnostic du territoire");
        }
        if (actorsAndPartners.isEmpty()) {
            missing.add("Les acteurs et partenaires déjà associés ou à solliciter");
        }
        for (Mission mission : Mission.values()) {
            if (mission.kind() == MissionKind.CORE && orientation(mission).isEmpty()) {
                missing.add("Les principales orientations pour la mission socle « " + mission.label() + " »");
            }
        }
        if (timetable.isEmpty()) {
            missing.add("Le calendrier prévisionnel : au moins une étape datée");
        }
        for (int i = 0; i < timetable.size(); i++) {
            Milestone milestone = timetable.get(i);
            if (milestone.date() == null) {
                missing.add("Le calendrier prévisionnel : la date de l'étape n° " + (i + 1));
            }
            if (milestone.label().isEmpty()) {
                missing.add("Le calendrier prévisionnel : le libellé de l'étape n° " + (i + 1));
            }
        }
        return missing;
    }
}
