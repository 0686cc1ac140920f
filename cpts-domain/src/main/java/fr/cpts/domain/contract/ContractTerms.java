package fr.cpts.domain.contract;

import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.DomainException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an ACI contract says (clauses du contrat): the population of the territory when the contract is drawn up and
 * the size bracket (tranche) it gives, and the missions with their calendar,
 * fixed part and indicators; which missions socle are compulsory depends on the signature date (checked by
 * {@link AciContractDraft} against its {@link MissionDeadlines}), the optional ones are chosen by the CPTS.
 * Indicator names are unique within the contract: the yearly review refers to them by name.
 */
public record ContractTerms(String bracketCode, long population, List<ContractMission> missions) {

    public ContractTerms {
        if (bracketCode == null || bracketCode.isBlank()) {
            throw new DomainException("Le contrat ACI doit indiquer la tranche de population de la CPTS.");
        }
        bracketCode = bracketCode.strip();
        if (population <= 0) {
            throw new DomainException("Le contrat ACI doit indiquer la population du territoire de la CPTS (au moins "
                    + "1 habitant) : elle détermine la tranche.");
        }
        Objects.requireNonNull(missions, "missions");
        Map<Mission, ContractMission> byMission = new EnumMap<>(Mission.class);
        for (ContractMission mission : missions) {
            if (byMission.put(mission.mission(), mission) != null) {
                throw new DomainException(
                        "La mission « " + mission.mission().label() + " » figure deux fois au contrat.");
            }
        }
        Set<String> names = new HashSet<>();
        for (ContractMission mission : byMission.values()) {
            for (Indicator indicator : mission.indicators()) {
                if (!names.add(indicator.name())) {
                    throw new DomainException("L'indicateur « " + indicator.name() + " » figure deux fois au contrat.");
                }
            }
        }
        missions = List.copyOf(byMission.values());
    }

    /** The terms of a mission, if the contract includes it. */
    public Optional<ContractMission> mission(Mission mission) {
        return missions.stream().filter(m -> m.mission() == mission).findFirst();
    }

    /** Every indicator of the contract, mission by mission. */
    public List<Indicator> indicators() {
        return missions.stream().flatMap(m -> m.indicators().stream()).toList();
    }
}
