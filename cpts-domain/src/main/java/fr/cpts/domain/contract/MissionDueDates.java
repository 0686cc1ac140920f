package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.time.LocalDate;
import java.util.Objects;

/** The last days a mission of a contract may start and be fully deployed (échéances de la mission). */
public record MissionDueDates(Mission mission, LocalDate startBy, LocalDate fullyDeployedBy) {

    public MissionDueDates {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(startBy, "échéance de démarrage");
        Objects.requireNonNull(fullyDeployedBy, "échéance de déploiement complet");
    }

    /** Where the start stands on that day; {@code startedOn} is null while the mission has not started. */
    public DeadlineStatus startStatus(LocalDate on, LocalDate startedOn) {
        return DeadlineStatus.of(startBy, on, startedOn);
    }

    /** Where the full deployment stands on that day; {@code deployedOn} is null while it is not complete. */
    public DeadlineStatus deploymentStatus(LocalDate on, LocalDate deployedOn) {
        return DeadlineStatus.of(fullyDeployedBy, on, deployedOn);
    }
}
