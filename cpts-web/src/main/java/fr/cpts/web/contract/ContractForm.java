package fr.cpts.web.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.mission.Mission;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.validation.BindingResult;

/**
 * The terms of a draft contract or amendment as the parties edit them: the six missions in the ACI's order (those the
 * signature date makes compulsory always included), and the contract version read, so a concurrent change is refused
 * rather than overwritten.
 */
public class ContractForm {

    private long version;
    private List<MissionRow> missions = new ArrayList<>();

    static ContractForm of(ContractTerms terms, long version, Collection<Mission> compulsory) {
        ContractForm form = new ContractForm();
        form.version = version;
        for (Mission mission : Mission.values()) {
            form.missions.add(
                    MissionRow.of(mission, terms.mission(mission).orElse(null), compulsory.contains(mission)));
        }
        return form;
    }

    /** After a refusal, the page shows the rows as typed, with fresh empty slots. */
    void addEmptySlots() {
        missions.forEach(MissionRow::addEmptySlots);
    }

    /** Whether the form lists each of the ACI's missions once, as the page sends it. */
    boolean listsEveryMission() {
        return missions.size() == Mission.values().length
                && missions.stream()
                                .map(MissionRow::getMission)
                                .filter(Objects::nonNull)
                                .distinct()
                                .count()
                        == Mission.values().length;
    }

    /**
     * The missions as typed, or null after rejecting each problem on its field; every mission socle must be there
     * (the domain says so if one is missing).
     */
    List<ContractMission> toMissions(BindingResult binding) {
        int errors = binding.getErrorCount();
        List<ContractMission> parsed = new ArrayList<>();
        for (int i = 0; i < missions.size(); i++) {
            parsed.add(missions.get(i).toMission("missions[" + i + "]", binding));
        }
        return binding.getErrorCount() > errors
                ? null
                : parsed.stream().filter(Objects::nonNull).toList();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<MissionRow> getMissions() {
        return missions;
    }

    public void setMissions(List<MissionRow> missions) {
        this.missions = missions;
    }
}
