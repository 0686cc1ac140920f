package fr.cpts.domain.contract;

import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.shared.FrenchDates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an amendment changes against the version in force, clause by clause: the population and bracket, then each
 * mission's dates and fixed parts and each indicator's baseline, target and reward. Amounts and values compare by
 * their worth (« 30 » and « 30,0 » are the same clause).
 */
public final class ContractChanges {

    private ContractChanges() {}

    /** The clauses that differ, in the contract's order: the version in force's first, then those added. */
    public static List<ContractChange> between(ContractTerms inForce, ContractTerms amended) {
        Map<String, String> before = clauses(inForce);
        Map<String, String> after = clauses(amended);
        Set<String> subjects = new LinkedHashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        List<ContractChange> changes = new ArrayList<>();
        for (String subject : subjects) {
            Optional<String> was = Optional.ofNullable(before.get(subject));
            Optional<String> becomes = Optional.ofNullable(after.get(subject));
            if (!was.equals(becomes)) {
                changes.add(new ContractChange(subject, was, becomes));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, String> clauses(ContractTerms terms) {
        Map<String, String> clauses = new LinkedHashMap<>();
        clauses.put("Population du territoire", FrenchNumbers.format(terms.population()) + " habitants");
        clauses.put("Tranche de population", terms.bracketCode());
        for (ContractMission mission : terms.missions()) {
            String of = " — " + mission.mission().label();
            clauses.put("Mission" + of, "au contrat");
            clauses.put("Démarrage" + of, FrenchDates.day(mission.startOn()));
            clauses.put("Déploiement complet" + of, FrenchDates.day(mission.fullyDeployedOn()));
            clauses.put("Part fixe annuelle" + of, mission.fixedAmount().toString());
            mission.fixedAmountByYear()
                    .forEach((year, amount) -> clauses.put("Part fixe de l'année " + year + of, amount.toString()));
            for (Indicator indicator : mission.indicators()) {
                clauses.put(
                        "Indicateur « " + indicator.name() + " »" + of,
                        "départ " + value(indicator.baseline()) + ", cible " + value(indicator.target()) + ", "
                                + reward(indicator.reward()));
            }
        }
        return clauses;
    }

    /** « 3 500,00 € si la cible est atteinte » or « palier « socle » (30) : 1 000,00 € ; … »: how an indicator pays. */
    public static String reward(IndicatorReward reward) {
        if (reward instanceof BinaryReward binary) {
            return binary.amount() + " si la cible est atteinte";
        }
        List<String> tiers = new ArrayList<>();
        for (RewardTier tier : ((TieredReward) reward).tiers()) {
            tiers.add("palier « " + tier.label() + " » (" + value(tier.threshold()) + ") : " + tier.amount());
        }
        return String.join(" ; ", tiers);
    }

    private static String value(BigDecimal value) {
        return FrenchNumbers.format(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    }
}
