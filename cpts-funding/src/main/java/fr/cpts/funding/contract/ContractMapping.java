package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStart;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.StartBasis;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.MissionAgreement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Maps the terms of a contract to the engine's {@link AciContract}: each mission starts on the day its payments count
 * from ({@link MissionStarts}: reported by the CPTS, or planned), keeps its fixed part, its variable part is the sum
 * of its indicators' maxima, and its indicators go through {@link IndicatorMapping}.
 */
public final class ContractMapping {

    private ContractMapping() {}

    /** The engine's contract; refused when a mission starts before the signature. */
    public static AciContract toEngine(
            ContractTerms terms, LocalDate signatureDate, long population, MissionStarts starts) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(starts, "starts");
        return new AciContract(
                signatureDate,
                population,
                terms.missions().stream()
                        .map(mission -> {
                            MissionStart start = starts.of(mission);
                            return toEngine(mission, start.on(), start.basis());
                        })
                        .toList());
    }

    /** One mission as the engine sees it on its planned start (its explanations do not depend on the start). */
    public static MissionAgreement toEngine(ContractMission mission) {
        return toEngine(mission, mission.startOn(), StartBasis.PLANNED);
    }

    /** The variable part of a mission: what its indicators can earn at most in a year. */
    public static Money variablePart(ContractMission mission) {
        return mission.indicators().stream()
                .map(indicator -> indicator.reward().maximum())
                .reduce(Money.ZERO, Money::plus);
    }

    /**
     * The engine's contract with no mission starting before the signature, for checks that do not depend on the start
     * dates (the ceilings), so that such a mission does not hide the other problems.
     */
    static AciContract toEngineForCeilings(ContractTerms terms, LocalDate signatureDate, long population) {
        return new AciContract(
                signatureDate,
                population,
                terms.missions().stream()
                        .map(mission -> toEngine(
                                mission,
                                mission.startOn().isBefore(signatureDate) ? signatureDate : mission.startOn(),
                                StartBasis.PLANNED))
                        .toList());
    }

    private static MissionAgreement toEngine(ContractMission mission, LocalDate start, StartBasis basis) {
        return new MissionAgreement(
                mission.mission(),
                start,
                basis,
                mission.fixedAmount(),
                mission.fixedAmountByYear(),
                variablePart(mission),
                mission.indicators().stream().map(IndicatorMapping::toEngine).toList());
    }
}
