package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The start of every mission of a contract's terms for its payments ({@link MissionStart}). */
public record MissionStarts(Map<Mission, MissionStart> byMission) {

    public MissionStarts {
        byMission = Map.copyOf(byMission);
    }

    /** Each mission of the terms from what the CPTS reported (its planned day when it reported nothing). */
    public static MissionStarts of(ContractTerms terms, Map<Mission, MissionProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        Map<Mission, MissionStart> starts = new EnumMap<>(Mission.class);
        terms.missions()
                .forEach(planned ->
                        starts.put(planned.mission(), MissionStart.of(planned, progress.get(planned.mission()))));
        return new MissionStarts(starts);
    }

    /** Every mission on its planned day: a draft, or a contract whose CPTS reported nothing yet. */
    public static MissionStarts planned(ContractTerms terms) {
        return of(terms, Map.of());
    }

    /** The start of one mission; its planned day when these starts do not know it. */
    public MissionStart of(ContractMission mission) {
        MissionStart start = byMission.get(mission.mission());
        return start != null ? start : MissionStart.of(mission, null);
    }
}
