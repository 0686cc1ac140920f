package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.mission.Mission;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The health project as the porteur types it; completeness is checked when it is filed. */
public class HealthProjectForm {

    private static final String TOO_LONG = "Ce texte ne peut pas dépasser 20 000 caractères.";

    /**
     * What the person started from: 0 for a dossier never stored, otherwise its stored version plus one (so a save
     * from an older version is refused).
     */
    private long version;

    @Size(max = 20_000, message = TOO_LONG)
    private String diagnostic = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String actorsEngaged = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String objectives = "";
    /** By mission name. */
    @jakarta.validation.Valid
    private Map<String, ActionSheetForm> sheets = new LinkedHashMap<>();

    @Size(max = 20_000, message = TOO_LONG)
    private String evaluation = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String financialFraming = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String informationSharing = "";

    @Size(max = 20_000, message = TOO_LONG)
    private String protocols = "";

    public HealthProjectForm() {
        for (Mission mission : Mission.values()) {
            sheets.put(mission.name(), new ActionSheetForm());
        }
    }

    static HealthProjectForm of(HealthProject project, fr.cpts.domain.dossier.Dossier dossier) {
        HealthProjectForm form = new HealthProjectForm();
        form.version = dossier.id().isPresent() ? dossier.version() + 1 : 0;
        form.diagnostic = project.diagnostic();
        form.actorsEngaged = project.actorsEngaged();
        form.objectives = project.objectives();
        project.actionSheets().forEach((mission, sheet) -> form.sheets.put(mission.name(), ActionSheetForm.of(sheet)));
        form.evaluation = project.evaluation();
        form.financialFraming = project.financialFraming();
        form.informationSharing = project.informationSharing();
        form.protocols = project.protocols();
        return form;
    }

    HealthProject toContent() {
        Map<Mission, ActionSheet> byMission = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            ActionSheetForm sheet = sheets.get(mission.name());
            if (sheet != null) {
                byMission.put(mission, sheet.toSheet());
            }
        }
        return new HealthProject(
                diagnostic,
                actorsEngaged,
                objectives,
                byMission,
                evaluation,
                financialFraming,
                informationSharing,
                protocols);
    }

    /** The stored version the person started from, empty for a dossier never stored. */
    java.util.OptionalLong readVersion() {
        return version <= 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(version - 1);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getDiagnostic() {
        return diagnostic;
    }

    public void setDiagnostic(String diagnostic) {
        this.diagnostic = diagnostic;
    }

    public String getActorsEngaged() {
        return actorsEngaged;
    }

    public void setActorsEngaged(String actorsEngaged) {
        this.actorsEngaged = actorsEngaged;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public Map<String, ActionSheetForm> getSheets() {
        return sheets;
    }

    public void setSheets(Map<String, ActionSheetForm> sheets) {
        this.sheets = sheets;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(String evaluation) {
        this.evaluation = evaluation;
    }

    public String getFinancialFraming() {
        return financialFraming;
    }

    public void setFinancialFraming(String financialFraming) {
        this.financialFraming = financialFraming;
    }

    public String getInformationSharing() {
        return informationSharing;
    }

    public void setInformationSharing(String informationSharing) {
        this.informationSharing = informationSharing;
    }

    public String getProtocols() {
        return protocols;
    }

    public void setProtocols(String protocols) {
        this.protocols = protocols;
    }
}
