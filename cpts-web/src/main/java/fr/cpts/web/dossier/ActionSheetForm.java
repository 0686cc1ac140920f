package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.ActionSheet;

/** A fiche action as typed. */
public class ActionSheetForm {

    private String operationalObjectives = "";
    private String means = "";
    private String actions = "";
    private String calendar = "";
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
