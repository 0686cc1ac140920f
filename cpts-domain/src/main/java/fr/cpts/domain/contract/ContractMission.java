package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One mission as the ACI contract sets it (fiche mission du contrat): when it starts, when it is fully deployed, its
 * fixed part (part fixe) and the indicators of its variable part.
 */
public record ContractMission(
        Mission mission, LocalDate startOn, LocalDate fullyDeployedOn, Money fixedAmount, List<Indicator> indicators) {

    public ContractMission {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(startOn, "date de démarrage");
        Objects.requireNonNull(fullyDeployedOn, "date de déploiement complet");
        Objects.requireNonNull(fixedAmount, "part fixe");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicateurs"));
        if (fullyDeployedOn.isBefore(startOn)) {
            throw new DomainException("La mission « " + mission.label() + " » ne peut pas être entièrement déployée ("
                    + FrenchDates.day(fullyDeployedOn) + ") avant d'avoir démarré ("
                    + FrenchDates.day(startOn) + ").");
        }
    }
}
