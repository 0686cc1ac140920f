package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a mission starts for its payments (ACI: the advance of the fixed part falls due when the mission actually
 * starts): the day the CPTS reported, checked or not yet by the caisse, or while nothing is reported the day the
 * contract planned, which is then only a forecast (« prévisionnel »).
 */
public record MissionStart(Mission mission, LocalDate on, StartBasis basis) {

    public MissionStart {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(on, "date de démarrage");
        Objects.requireNonNull(basis, "fondement");
    }

    /** The start of a mission of the contract given what the CPTS reported of it. */
    public static MissionStart of(ContractMission planned, MissionProgress progress) {
        if (progress == null || progress.startedOn() == null) {
            return new MissionStart(planned.mission(), planned.startOn(), StartBasis.PLANNED);
        }
        return new MissionStart(
                planned.mission(),
                progress.startedOn(),
                progress.startCheckedOn() == null ? StartBasis.REPORTED : StartBasis.CHECKED);
    }

    /** See {@link StartBasis#describe}. */
    public String describe() {
        return basis.describe(on);
    }
}
