package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter of intent as the porteur types it: nothing is required to save a draft; completeness is checked when
 * the letter is filed. {@code version} is the version read, so that a save never overwrites someone else's.
 */
public class LetterOfIntentForm {

    private static final int TEXT_MAX = 20_000;
    private static final String TOO_LONG = "Ce texte ne peut pas dépasser 20 000 caractères.";

    /**
     * What the person started from: 0 for a dossier never stored, otherwise its stored version plus one (so a save
     * from an older version is refused).
     */
    private long version;

    @Size(max = TEXT_MAX, message = TOO_LONG)
    private String firstDiagnostic = "";

    @Size(max = TEXT_MAX, message = TOO_LONG)
    private String actorsAndPartners = "";

    /** By mission name. */
    private Map<String, @Size(max = TEXT_MAX, message = TOO_LONG) String> orientations = new LinkedHashMap<>();

    @Valid
    private List<MilestoneForm> milestones = new ArrayList<>();

    public LetterOfIntentForm() {
        for (Mission mission : Mission.values()) {
            orientations.put(mission.name(), "");
        }
    }

    static LetterOfIntentForm of(LetterOfIntent letter, fr.cpts.domain.dossier.Dossier dossier) {
        LetterOfIntentForm form = new LetterOfIntentForm();
        form.version = dossier.id().isPresent() ? dossier.version() + 1 : 0;
        form.firstDiagnostic = letter.firstDiagnostic();
        form.actorsAndPartners = letter.actorsAndPartners();
        letter.orientations().forEach((mission, text) -> form.orientations.put(mission.name(), text));
        letter.timetable().forEach(m -> form.milestones.add(new MilestoneForm(m.date(), m.label())));
        form.padMilestones();
        return form;
    }

    /** Room for a few more steps below those written (blank ones are dropped when saved). */
    void padMilestones() {
        int wanted = Math.max(4, milestones.size() + 2);
        while (milestones.size() < wanted) {
            milestones.add(new MilestoneForm());
        }
    }

    LetterOfIntent toContent() {
        Map<Mission, String> byMission = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            byMission.put(mission, orientations.getOrDefault(mission.name(), ""));
        }
        return new LetterOfIntent(
                firstDiagnostic,
                actorsAndPartners,
                byMission,
                milestones.stream()
                        .map(m -> new Milestone(m.getDate(), m.getLabel()))
                        .toList());
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

    public String getFirstDiagnostic() {
        return firstDiagnostic;
    }

    public void setFirstDiagnostic(String firstDiagnostic) {
        this.firstDiagnostic = firstDiagnostic;
    }

    public String getActorsAndPartners() {
        return actorsAndPartners;
    }

    public void setActorsAndPartners(String actorsAndPartners) {
        this.actorsAndPartners = actorsAndPartners;
    }

    public Map<String, String> getOrientations() {
        return orientations;
    }

    public void setOrientations(Map<String, String> orientations) {
        this.orientations = orientations;
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneForm> milestones) {
        this.milestones = milestones;
    }
}
