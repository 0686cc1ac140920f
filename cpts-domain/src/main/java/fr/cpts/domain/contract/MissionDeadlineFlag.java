package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A date of the contract in force that needs attention on a given day: a mission due to start or to be fully deployed
 * within {@link DeadlineStatus#WARNING_DAYS} days, or late. Computed from the dates, never stored.
 */
public record MissionDeadlineFlag(Mission mission, Step step, DeadlineStatus status) {

    /** Which of a mission's two deadlines. */
    public enum Step {
        START("démarrage"),
        FULL_DEPLOYMENT("déploiement complet");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public MissionDeadlineFlag {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(step, "étape");
        Objects.requireNonNull(status, "statut");
    }

    /** French, as in « Prévention : démarrage en retard de 3 jours ». */
    public String label() {
        return mission.label() + " : " + step.label() + " " + status.label();
    }

    public boolean overdue() {
        return status.state() == DeadlineState.OVERDUE;
    }

    /**
     * The flags of a signed contract on day {@code on}, given what the CPTS reported: overdue first, then the
     * soonest due. A mission socle imposed on the running contract after its signature (the crisis mission of a
     * contract signed under the ACI of 2019) and still absent from its terms is flagged on its deadlines too.
     */
    public static List<MissionDeadlineFlag> of(
            SignedContract contract, Map<Mission, MissionProgress> progress, LocalDate on) {
        List<MissionDeadlineFlag> flags = new ArrayList<>();
        for (MissionStatus status : MissionStatus.of(contract, progress, on)) {
            add(flags, status.mission(), Step.START, status.start());
            add(flags, status.mission(), Step.FULL_DEPLOYMENT, status.deployment());
        }
        for (MissionDeadline deadline : contract.deadlines().all()) {
            if (contract.terms().mission(deadline.mission()).isEmpty()) {
                MissionDueDates due = deadline.dueDates(contract.signatureDate());
                add(flags, deadline.mission(), Step.START, DeadlineStatus.of(due.startBy(), on, null));
                add(
                        flags,
                        deadline.mission(),
                        Step.FULL_DEPLOYMENT,
                        DeadlineStatus.of(due.fullyDeployedBy(), on, null));
            }
        }
        flags.sort(Comparator.comparing((MissionDeadlineFlag flag) -> !flag.overdue())
                .thenComparing(flag -> flag.status().due()));
        return List.copyOf(flags);
    }

    private static void add(List<MissionDeadlineFlag> flags, Mission mission, Step step, DeadlineStatus status) {
        if (status.state().needsAttention()) {
            flags.add(new MissionDeadlineFlag(mission, step, status));
        }
    }
}
