package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.ActionSheet;
import jakarta.validation.constraints.Size;

/** A fiche action as typed. */
public class ActionSheetForm {

    private static final String TOO_LONG = "Ce texte ne peut pas dépasser 20 000 caractères.";

    @Size(max = 20_000, message = TOO_LONG)
    private String operationalObjectives = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String means = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String actions = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String calendar = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String indicators = "";

    static ActionSheetForm of(ActionSheet sheet) {
        ActionSheetForm form = new ActionSheetForm();
        form.operationalObjectives = sheet.operationalObjectives();
        form.means = sheet.means();
        form.actions = sheet.actions();
        form.calendar = sheet.calendar();
        form.indicators = sheet.indicators();
        return form;
    }

    ActionSheet toSheet() {
        return new ActionSheet(operationalObjectives, means, actions, calendar, indicators);
    }

    public String getOperationalObjectives() {
        return operationalObjectives;
    }

    public void setOperationalObjectives(String operationalObjectives) {
        this.operationalObjectives = operationalObjectives;
    }

    public String getMeans() {
        return means;
    }

    public void setMeans(String means) {
        this.means = means;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getCalendar() {
        return calendar;
    }

    public void setCalendar(String calendar) {
        this.calendar = calendar;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }
}
