package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.mission.MissionKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The deployment deadline (délai de mise en œuvre) the ACI sets for one mission socle: started at most N months and
 * fully deployed at most M months after the contract's signature.
 */
public record MissionDeadline(Mission mission, int startWithinMonths, int fullDeploymentWithinMonths) {

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
        Objects.requireNonNull(signedOn, "date de signature");
        return new MissionDueDates(
                mission, signedOn.plusMonths(startWithinMonths), signedOn.plusMonths(fullDeploymentWithinMonths));
    }

    /** French, e.g. « démarrage au plus tard 6 mois et déploiement complet au plus tard 18 mois après la signature ». */
    public String describe() {
        return "démarrage au plus tard " + startWithinMonths + " mois et déploiement complet au plus tard "
                + fullDeploymentWithinMonths + " mois après la signature";
    }
}
