package fr.cpts.web.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.FrenchNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Contract terms as the journal compares them, mission by mission ({@code missions.PREVENTION.fixedAmount}), each
 * indicator written on one line.
 */
public record TermsSnapshot(String bracketCode, long population, Map<Mission, MissionSnapshot> missions) {

    static TermsSnapshot of(ContractTerms terms) {
        Map<Mission, MissionSnapshot> missions = new TreeMap<>();
        for (ContractMission mission : terms.missions()) {
            missions.put(
                    mission.mission(),
                    new MissionSnapshot(
                            mission.startOn(),
                            mission.fullyDeployedOn(),
                            mission.fixedAmount().toString()
                                    + mission.fixedAmountByYear().entrySet().stream()
                                            .map(year -> " ; année " + year.getKey() + " : " + year.getValue())
                                            .collect(Collectors.joining()),
                            mission.indicators().stream()
                                    .map(TermsSnapshot::line)
                                    .toList()));
        }
        return new TermsSnapshot(terms.bracketCode(), terms.population(), missions);
    }

    private static String line(Indicator indicator) {
        return indicator.name() + " (départ " + FrenchNumbers.format(indicator.baseline()) + ", cible "
                + FrenchNumbers.format(indicator.target()) + ", jusqu'à "
                + indicator.reward().maximum() + ")";
    }

    public record MissionSnapshot(
            LocalDate startOn, LocalDate fullyDeployedOn, String fixedAmount, List<String> indicators) {}
}
