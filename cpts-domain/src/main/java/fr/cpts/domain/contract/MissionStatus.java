package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a mission of the contract in force stands on a day against the two dates the contract set for it (démarrage,
 * déploiement complet; for a mission socle, they are within the ACI deadlines).
 */
public record MissionStatus(
        Mission mission, MissionProgress progress, DeadlineStatus start, DeadlineStatus deployment) {

    public MissionStatus {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(progress, "avancement");
        Objects.requireNonNull(start, "démarrage");
        Objects.requireNonNull(deployment, "déploiement");
    }

    /** The status of each mission of the contract, in the contract's order. */
    public static List<MissionStatus> of(
            SignedContract contract, Map<Mission, MissionProgress> progress, LocalDate on) {
        return contract.terms().missions().stream()
                .map(planned -> {
                    MissionProgress reported =
                            progress.getOrDefault(planned.mission(), MissionProgress.none(planned.mission()));
                    return new MissionStatus(
                            planned.mission(),
                            reported,
                            DeadlineStatus.of(planned.startOn(), on, reported.startedOn()),
                            DeadlineStatus.of(planned.fullyDeployedOn(), on, reported.fullyDeployedOn()));
                })
                .toList();
    }
}
