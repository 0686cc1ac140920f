package fr.cpts.web.funding;

import fr.cpts.domain.mission.Mission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the simulator page lays a contract out: one block per ACI mission, each with room for a few indicators
 * and tiers, and French descriptions of the fields a message is about.
 */
final class SimulatorPage {

    static final int INDICATOR_SLOTS = 2;
    static final int TIER_SLOTS = 3;

    private static final Pattern MISSION_PATH = Pattern.compile("^missions\\[(\\d+)]\\.?(.*)$");
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("signedOn", "date de signature"),
            Map.entry("population", "population"),
            Map.entry("year", "année du contrat"),
            Map.entry("startDate", "date de démarrage"),
            Map.entry("fixedEur", "part fixe"),
            Map.entry("variableEur", "part variable"),
            Map.entry("amountEur", "montant"),
            Map.entry("threshold", "seuil"),
            Map.entry("measured", "valeur mesurée"),
            Map.entry("label", "libellé"),
            Map.entry("name", "nom du palier"),
            Map.entry("years", "nombre d'années"),
            Map.entry("fte", "option"),
            Map.entry("communes", "communes"));

    private SimulatorPage() {}

    /** The missions the page included, without their empty indicator and tier slots: what the engine computes. */
    static ContractYearForm engineInput(ContractYearForm page) {
        ContractYearForm input = new ContractYearForm();
        input.setSignedOn(page.getSignedOn());
        input.setPopulation(page.getPopulation());
        input.setYear(page.getYear());
        input.setCrisisDeclared(page.isCrisisDeclared());
        input.setMissions(new ArrayList<>(
                page.getMissions().stream().filter(MissionForm::isIncluded).toList()));
        input.getMissions().forEach(MissionForm::dropBlankSlots);
        return input;
    }

    /** Gives the page one block per ACI mission, in order, each with its empty indicator and tier slots. */
    static void layOut(ContractYearForm page) {
        List<MissionForm> missions = new ArrayList<>();
        for (Mission mission : Mission.values()) {
            MissionForm form = page.getMissions().stream()
                    .filter(m -> m.getMission() == mission)
                    .findFirst()
                    .orElseGet(() -> excluded(mission));
            while (form.getIndicators().size() < INDICATOR_SLOTS) {
                form.getIndicators().add(new IndicatorForm());
            }
            for (IndicatorForm indicator : form.getIndicators()) {
                while (indicator.getTiers().size() < TIER_SLOTS) {
                    indicator.getTiers().add(new TierForm());
                }
            }
            missions.add(form);
        }
        page.setMissions(missions);
    }

    /** « Mission « Prévention » : part fixe » for {@code missions[2].fixedEur} of that form. */
    static String describe(String path, ContractYearForm form) {
        Matcher mission = MISSION_PATH.matcher(path);
        if (mission.matches()) {
            int index = Integer.parseInt(mission.group(1));
            String name = form != null
                            && index < form.getMissions().size()
                            && form.getMissions().get(index).getMission() != null
                    ? form.getMissions().get(index).getMission().label()
                    : "n° " + (index + 1);
            String rest = mission.group(2);
            return "Mission « " + name + " »" + (rest.isEmpty() ? "" : ", " + describeField(rest));
        }
        return describeField(path);
    }

    private static String describeField(String path) {
        String[] parts = path.split("\\.");
        String last = parts[parts.length - 1];
        String label = FIELD_LABELS.getOrDefault(last, last);
        boolean inIndicator = Arrays.stream(parts).anyMatch(part -> part.startsWith("indicators["));
        boolean inTier = Arrays.stream(parts).anyMatch(part -> part.startsWith("tiers["));
        return (inTier ? "palier, " : inIndicator ? "indicateur, " : "") + label;
    }

    private static MissionForm excluded(Mission mission) {
        MissionForm form = new MissionForm();
        form.setMission(mission);
        form.setIncluded(false);
        return form;
    }
}
