package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.MissionAgreement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Maps the terms of a contract to the engine's {@link AciContract}: each mission keeps its start date and fixed part,
 * its variable part is the sum of its indicators' maxima, and its indicators go through {@link IndicatorMapping}.
 */
public final class ContractMapping {

    private ContractMapping() {}

    /** The engine's contract; refused when a mission starts before the signature. */
    public static AciContract toEngine(ContractTerms terms, LocalDate signatureDate, long population) {
        Objects.requireNonNull(terms, "terms");
        return new AciContract(
                signatureDate,
                population,
                terms.missions().stream()
                        .map(mission -> toEngine(mission, mission.startOn()))
                        .toList());
    }

    /** One mission as the engine sees it. */
    public static MissionAgreement toEngine(ContractMission mission) {
        return toEngine(mission, mission.startOn());
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
                                mission, mission.startOn().isBefore(signatureDate) ? signatureDate : mission.startOn()))
                        .toList());
    }

    private static MissionAgreement toEngine(ContractMission mission, LocalDate start) {
        return new MissionAgreement(
                mission.mission(),
                start,
                mission.fixedAmount(),
                variablePart(mission),
                mission.indicators().stream().map(IndicatorMapping::toEngine).toList());
    }
}
