package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the CPTS reports of a mission's actual deployment (état d'avancement): the day it really started and the day
 * it was fully deployed, each unknown until it happens, and the day the caisse checked the reported start
 * ({@code startCheckedOn}, unknown until then). The contract's deadlines are checked against these days; the advance
 * of the mission's fixed part falls due on the reported start ({@link MissionStart}).
 */
public record MissionProgress(
        Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn, LocalDate startCheckedOn) {

    public MissionProgress {
        Objects.requireNonNull(mission, "mission");
        if (startCheckedOn != null && startedOn == null) {
            throw new DomainException("Le démarrage de la mission « " + mission.label()
                    + " » ne peut pas être vérifié avant d'avoir été déclaré.");
        }
        if (fullyDeployedOn != null && startedOn == null) {
            throw new DomainException("La mission « " + mission.label() + " » ne peut pas être déclarée entièrement "
                    + "déployée sans date de démarrage.");
        }
        if (fullyDeployedOn != null && fullyDeployedOn.isBefore(startedOn)) {
            throw new DomainException("La mission « " + mission.label() + " » ne peut pas être entièrement déployée ("
                    + FrenchDates.day(fullyDeployedOn) + ") avant d'avoir démarré (" + FrenchDates.day(startedOn)
                    + ").");
        }
    }

    /** What the CPTS reports, not yet checked by the caisse. */
    public MissionProgress(Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn) {
        this(mission, startedOn, fullyDeployedOn, null);
    }

    /** Nothing reported yet. */
    public static MissionProgress none(Mission mission) {
        return new MissionProgress(mission, null, null);
    }

    /**
     * A new report after this one: the caisse's check of the start is kept when the start day is unchanged, and
     * dropped when the CPTS reports another day (the new day needs a new check).
     */
    public MissionProgress reported(LocalDate newStartedOn, LocalDate newFullyDeployedOn) {
        boolean sameStart = newStartedOn != null && newStartedOn.equals(startedOn);
        return new MissionProgress(mission, newStartedOn, newFullyDeployedOn, sameStart ? startCheckedOn : null);
    }

    /** The caisse checks the reported start on {@code today}; refused when none is reported or it is already checked. */
    public MissionProgress startChecked(LocalDate today) {
        if (startedOn == null) {
            throw new DomainException("La mission « " + mission.label()
                    + " » n'a pas de démarrage déclaré par la CPTS : il n'y a rien à vérifier.");
        }
        if (startCheckedOn != null) {
            throw new DomainException("Le démarrage de la mission « " + mission.label() + " » a déjà été vérifié le "
                    + FrenchDates.day(startCheckedOn) + ".");
        }
        return new MissionProgress(mission, startedOn, fullyDeployedOn, today);
    }

    /** Refuses days after {@code today}: the CPTS reports what happened, not what it plans. */
    public MissionProgress reportedOn(LocalDate today) {
        for (LocalDate day : new LocalDate[] {startedOn, fullyDeployedOn}) {
            if (day != null && day.isAfter(today)) {
                throw new DomainException("La mission « " + mission.label() + " » : le " + FrenchDates.day(day)
                        + " est dans le futur ; déclarez le démarrage ou le déploiement une fois réalisé.");
            }
        }
        return this;
    }

    /** Refuses days before the contract's signature: a mission of the contract starts once it is signed. */
    public MissionProgress notBefore(LocalDate signatureDate) {
        if (startedOn != null && startedOn.isBefore(signatureDate)) {
            throw new DomainException("La mission « " + mission.label() + " » ne peut pas avoir démarré le "
                    + FrenchDates.day(startedOn) + ", avant la signature du contrat le "
                    + FrenchDates.day(signatureDate) + ".");
        }
        return this;
    }
}
