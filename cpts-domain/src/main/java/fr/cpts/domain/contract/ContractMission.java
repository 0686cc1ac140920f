package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One mission as the ACI contract sets it (fiche mission du contrat): when it starts, when it is fully deployed, its
 * yearly fixed part (part fixe) and, for the contract years where it differs ({@code fixedAmountByYear}: the crisis
 * mission pays for writing its plan in year 1 and for updating it later), that year's amount, and the indicators of
 * its variable part.
 */
public record ContractMission(
        Mission mission,
        LocalDate startOn,
        LocalDate fullyDeployedOn,
        Money fixedAmount,
        Map<Integer, Money> fixedAmountByYear,
        List<Indicator> indicators) {

    /** A mission whose fixed part is the same every year. */
    public ContractMission(
            Mission mission,
            LocalDate startOn,
            LocalDate fullyDeployedOn,
            Money fixedAmount,
            List<Indicator> indicators) {
        this(mission, startOn, fullyDeployedOn, fixedAmount, Map.of(), indicators);
    }

    public ContractMission {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(startOn, "date de démarrage");
        Objects.requireNonNull(fullyDeployedOn, "date de déploiement complet");
        Objects.requireNonNull(fixedAmount, "part fixe");
        fixedAmountByYear = new TreeMap<>(Objects.requireNonNull(fixedAmountByYear, "part fixe par année"));
        for (Map.Entry<Integer, Money> year : fixedAmountByYear.entrySet()) {
            if (year.getKey() < 1 || year.getValue() == null) {
                throw new DomainException("La mission « " + mission.label() + " » : une part fixe par année se donne "
                        + "pour une année du contrat (1, 2…), avec un montant.");
            }
        }
        fixedAmountByYear = Collections.unmodifiableMap(fixedAmountByYear);
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicateurs"));
        if (fullyDeployedOn.isBefore(startOn)) {
            throw new DomainException("La mission « " + mission.label() + " » ne peut pas être entièrement déployée ("
                    + FrenchDates.day(fullyDeployedOn) + ") avant d'avoir démarré ("
                    + FrenchDates.day(startOn) + ").");
        }
    }

    /** The fixed part of a contract year: that year's own amount if the contract sets one, else the yearly one. */
    public Money fixedAmountFor(int contractYear) {
        return fixedAmountByYear.getOrDefault(contractYear, fixedAmount);
    }
}
