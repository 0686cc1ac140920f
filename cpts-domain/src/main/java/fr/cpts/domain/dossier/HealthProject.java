package fr.cpts.domain.dossier;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a health project (projet de santé): the territorial diagnostic, the actors engaged, the objectives,
 * one fiche action per mission (the four core missions at least; an optional mission once started must be complete),
 * the evaluation modalities, the financial framing, the information-sharing needs and the pluriprofessional
 * protocols.
 */
public record HealthProject(
        String diagnostic,
        String actorsEngaged,
        String objectives,
        Map<Mission, ActionSheet> actionSheets,
        String evaluation,
        String financialFraming,
        String informationSharing,
        String protocols)
        implements DossierContent {

    public HealthProject {
        diagnostic = DossierContent.clean(diagnostic);
        actorsEngaged = DossierContent.clean(actorsEngaged);
        objectives = DossierContent.clean(objectives);
        evaluation = DossierContent.clean(evaluation);
        financialFraming = DossierContent.clean(financialFraming);
        informationSharing = DossierContent.clean(informationSharing);
        protocols = DossierContent.clean(protocols);
        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
        if (actionSheets != null) {
            actionSheets.forEach((mission, sheet) -> {
                if (sheet != null && !sheet.isBlank()) {
                    sheets.put(mission, sheet);
                }
            });
        }
        actionSheets = Map.copyOf(sheets);
    }

    public static HealthProject empty() {
        return new HealthProject("", "", "", Map.of(), "", "", "", "");
    }

    /** The fiche action of that mission, empty when none is written. */
    public ActionSheet actionSheet(Mission mission) {
        return actionSheets.getOrDefault(mission, ActionSheet.empty());
    }

    @Override
    public DossierKind kind() {
        return DossierKind.PROJET_SANTE;
    }

    @Override
    public List<String> missingItems() {
        List<String> missing = new ArrayList<>();
        require(missing, diagnostic, "Le diagnostic du territoire");
        require(missing, actorsEngaged, "Les acteurs engagés dans la conception du projet");
        require(missing, objectives, "Les objectifs de la CPTS");
        for (Mission mission : Mission.values()) {
            ActionSheet sheet = actionSheet(mission);
            if (mission.kind() == MissionKind.CORE || !sheet.isBlank()) {
                missing.addAll(sheet.missingItems(mission));
            }
        }
        require(missing, evaluation, "Les modalités d'évaluation");
        require(missing, financialFraming, "Le cadrage financier");
        require(missing, informationSharing, "Les besoins de partage d'informations");
        require(missing, protocols, "Les protocoles pluriprofessionnels mis en œuvre ou envisagés");
        return missing;
    }

    private static void require(List<String> missing, String text, String item) {
        if (text.isEmpty()) {
            missing.add(item);
        }
    }
}
