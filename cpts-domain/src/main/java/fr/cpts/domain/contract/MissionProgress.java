package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the CPTS reports of a mission's actual deployment (état d'avancement): the day it really started and the day
 * it was fully deployed, each unknown until it happens. The contract's deadlines are checked against these days.
 */
public record MissionProgress(Mission mission, LocalDate startedOn, LocalDate fullyDeployedOn) {

    public MissionProgress {
        Objects.requireNonNull(mission, "mission");
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

    /** Nothing reported yet. */
    public static MissionProgress none(Mission mission) {
        return new MissionProgress(mission, null, null);
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
