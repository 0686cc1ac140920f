package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.MissionStart;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.aci.MissionAgreement;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import fr.cpts.funding.schedule.ContractYear;
import java.util.List;
import java.util.Optional;

/**
 * The fixed part of a mission due for one contract year, by the engine's rule (module README, « Schedule and day
 * count »): in full once the mission has started before the year, prorated to the days left when it starts during
 * the year, nothing before it starts; the start is the one the payments count from ({@link MissionStart}). The
 * statement checks its totals against the engine's schedule.
 */
final class FixedPartDue {

    private FixedPartDue() {}

    /** Empty when the mission has not started by the end of the year. */
    static Optional<Explanation> of(ContractMission mission, MissionStart start, ContractYear year) {
        if (!start.on().isBefore(year.end())) {
            return Optional.empty();
        }
        String label = mission.mission().label();
        Money yearly = mission.fixedAmountFor(year.number());
        Explanation fixed = Explanation.sourced(
                "Part fixe – " + label,
                yearly,
                new Provenance(
                        "contrat ACI signé le " + FrenchDates.day(year.signatureDate()),
                        MissionAgreement.fixedPartName(
                                mission.mission(),
                                mission.fixedAmountByYear().containsKey(year.number()),
                                year.number()),
                        "montant négocié au contrat tripartite CPTS, ARS, CPAM"));
        if (!start.on().isAfter(year.start())) {
            return Optional.of(fixed);
        }
        long days = year.daysFrom(start.on());
        long length = year.lengthInDays();
        Money due = yearly.prorata(days, length);
        return Optional.of(Explanation.computed(
                "Part fixe due – " + label + " : prorata du " + start.describe() + " à l'anniversaire du "
                        + FrenchDates.day(year.end()),
                due,
                yearly + " × " + days + " / " + length + " = " + due,
                List.of(fixed)));
    }
}
