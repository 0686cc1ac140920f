package fr.cpts.domain.dossier;

import fr.cpts.domain.mission.Mission;
import java.util.ArrayList;
import java.util.List;

/**
 * A fiche action of the health project: for one mission, the operational objectives, the means, the actions, the
 * calendar and the indicators the CPTS proposes to follow it by.
 */
public record ActionSheet(
        String operationalObjectives, String means, String actions, String calendar, String indicators) {

    public ActionSheet {
        operationalObjectives = DossierContent.clean(operationalObjectives);
        means = DossierContent.clean(means);
        actions = DossierContent.clean(actions);
        calendar = DossierContent.clean(calendar);
        indicators = DossierContent.clean(indicators);
    }

    public static ActionSheet empty() {
        return new ActionSheet("", "", "", "", "");
    }

    public boolean isBlank() {
        return (operationalObjectives + means + actions + calendar + indicators).isEmpty();
    }

    /** What the sheet of that mission still lacks, in French. */
    List<String> missingItems(Mission mission) {
        List<String> missing = new ArrayList<>();
        String sheet = "La fiche action « " + mission.label() + " » : ";
        if (operationalObjectives.isEmpty()) {
            missing.add(sheet + "les objectifs opérationnels");
        }
        if (means.isEmpty()) {
            missing.add(sheet + "les moyens");
        }
        if (actions.isEmpty()) {
            missing.add(sheet + "les actions");
        }
        if (calendar.isEmpty()) {
            missing.add(sheet + "le calendrier");
        }
        if (indicators.isEmpty()) {
            missing.add(sheet + "les indicateurs proposés");
        }
        return missing;
    }
}
