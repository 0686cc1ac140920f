package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deployment deadline (délai de mise en œuvre) the ACI sets for one mission socle: started at most N months and
 * fully deployed at most M months after the contract's signature, or, for a mission an avenant imposed on the
 * contracts already running, after the day it set ({@code countedFrom}, null when the deadline runs from the
 * signature) when the contract was signed before that day.
 */
public record MissionDeadline(
        Mission mission, int startWithinMonths, int fullDeploymentWithinMonths, LocalDate countedFrom) {

    /** A deadline counted from the signature. */
    public MissionDeadline(Mission mission, int startWithinMonths, int fullDeploymentWithinMonths) {
        this(mission, startWithinMonths, fullDeploymentWithinMonths, null);
    }

    public MissionDeadline {
        Objects.requireNonNull(mission, "mission");
        if (mission.kind() != MissionKind.CORE) {
            throw new IllegalArgumentException("La mission optionnelle « " + mission.label() + " » n'a pas de délai "
                    + "réglementaire : son calendrier est choisi par la CPTS.");
        }
        if (startWithinMonths <= 0 || fullDeploymentWithinMonths < startWithinMonths) {
            throw new IllegalArgumentException("Délais invalides pour la mission « " + mission.label() + " » : "
                    + startWithinMonths + " et " + fullDeploymentWithinMonths + " mois.");
        }
    }

    /**
     * The last days allowed for a contract signed that day: the same day N (or M) months later, or the last day of
     * that month when it is shorter (signed 31/08, 6 months → 28/02 or 29/02). The due day itself is still on time.
     */
    public MissionDueDates dueDates(LocalDate signedOn) {
        LocalDate from = from(signedOn);
        return new MissionDueDates(
                mission, from.plusMonths(startWithinMonths), from.plusMonths(fullDeploymentWithinMonths));
    }

    /** True when a contract signed that day must hold the mission from its signature. */
    public boolean compulsoryAtSignature(LocalDate signedOn) {
        return countedFrom == null || !countedFrom.isAfter(signedOn);
    }

    /** What the deadline of a contract signed that day runs from: « la signature » or « le 03/09/2022 ». */
    public String fromText(LocalDate signedOn) {
        return compulsoryAtSignature(signedOn) ? "la signature" : "le " + FrenchDates.day(countedFrom);
    }

    /** French, e.g. « démarrage au plus tard 6 mois et déploiement complet au plus tard 18 mois après la signature ». */
    public String describe() {
        return "démarrage au plus tard " + startWithinMonths + " mois et déploiement complet au plus tard "
                + fullDeploymentWithinMonths + " mois après "
                + (countedFrom == null
                        ? "la signature"
                        : "le " + FrenchDates.day(countedFrom) + " pour un contrat signé avant cette date");
    }

    private LocalDate from(LocalDate signedOn) {
        Objects.requireNonNull(signedOn, "date de signature");
        return compulsoryAtSignature(signedOn) ? signedOn : countedFrom;
    }
}
