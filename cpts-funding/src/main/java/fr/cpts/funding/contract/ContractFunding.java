package fr.cpts.funding.contract;

import fr.cpts.domain.contract.AciContractDraft;
import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.funding.aci.AciSimulator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point for the web layer: the money of a domain ACI contract ({@link SignedContract} or
 * {@link AciContractDraft}, or its terms and signature date) through the funding engine. The population is the
 * territory's at signature, given by the caller. Indicator values are keyed by indicator name. A
 * {@link fr.cpts.funding.FundingRefusal} carries every refusal in French.
 */
public final class ContractFunding {

    private final AciSimulator simulator;
    private final ContractCheck contractCheck;

    public ContractFunding(AciSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.contractCheck = new ContractCheck(simulator);
    }

    /** On the rule sets shipped with the application. */
    public static ContractFunding withShippedRuleSets() {
        return new ContractFunding(AciSimulator.withShippedRuleSets());
    }

    /** How many years a contract signed that day lasts, by the rule set in force on that day. */
    public int contractYears(LocalDate signatureDate) {
        return Math.toIntExact(simulator.contractYears(signatureDate));
    }

    /** Checks a draft against the rule set in force on its signature date; every problem listed. */
    public ContractCheckResult check(AciContractDraft draft, long population) {
        return check(draft.terms(), draft.signatureDate(), population);
    }

    /** Checks terms against the rule set in force on the signature date; every problem listed. */
    public ContractCheckResult check(ContractTerms terms, LocalDate signatureDate, long population) {
        return contractCheck.check(terms, signatureDate, population);
    }

    /**
     * The whole schedule; years absent from {@code acceptedByYear} have their variable part pending; no crisis; every
     * mission on its planned start.
     */
    public ContractSchedule schedule(
            SignedContract contract, long population, Map<Integer, Map<String, BigDecimal>> acceptedByYear) {
        return schedule(
                contract,
                population,
                acceptedByYear,
                Set.of(),
                MissionStarts.planned(contract.terms()),
                Optional.empty());
    }

    /**
     * The whole schedule, the ARS having declared a crisis in {@code crisisYears}, the missions on these starts, and,
     * when the contract ended, nothing ordered from its end and the advances for the days after it recovered.
     */
    public ContractSchedule schedule(
            SignedContract contract,
            long population,
            Map<Integer, Map<String, BigDecimal>> acceptedByYear,
            Set<Integer> crisisYears,
            MissionStarts starts,
            Optional<ContractEnd> end) {
        return schedule(
                contract.terms(), contract.signatureDate(), population, acceptedByYear, crisisYears, starts, end);
    }

    /** The whole schedule of terms signed on that date. */
    public ContractSchedule schedule(
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            Map<Integer, Map<String, BigDecimal>> acceptedByYear,
            Set<Integer> crisisYears,
            MissionStarts starts,
            Optional<ContractEnd> end) {
        return ContractSchedule.build(
                simulator,
                Objects.requireNonNull(terms, "terms"),
                signatureDate,
                population,
                Objects.requireNonNull(acceptedByYear, "acceptedByYear"),
                Objects.requireNonNull(crisisYears, "crisisYears"),
                Objects.requireNonNull(starts, "starts"),
                Objects.requireNonNull(end, "end"));
    }

    /** The statement of a reviewed year, from the values its closed review accepted; no crisis; planned starts. */
    public PaymentStatement statement(
            SignedContract contract, long population, int year, Map<String, BigDecimal> acceptedValues) {
        return statement(contract, population, year, acceptedValues, false, MissionStarts.planned(contract.terms()));
    }

    /** The statement of a reviewed year, from the values its closed review accepted, the missions on these starts. */
    public PaymentStatement statement(
            SignedContract contract,
            long population,
            int year,
            Map<String, BigDecimal> acceptedValues,
            boolean crisisDeclared,
            MissionStarts starts) {
        return statement(
                contract.terms(), contract.signatureDate(), population, year, acceptedValues, crisisDeclared, starts);
    }

    /** The statement of a reviewed year of terms signed on that date, the missions on these starts. */
    public PaymentStatement statement(
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            int year,
            Map<String, BigDecimal> acceptedValues,
            boolean crisisDeclared,
            MissionStarts starts) {
        return PaymentStatement.accepted(
                simulator,
                Objects.requireNonNull(terms, "terms"),
                signatureDate,
                population,
                year,
                acceptedValues,
                crisisDeclared,
                Objects.requireNonNull(starts, "starts"));
    }

    /** Simulation: the statement a year would have with these values (missing ones not reached); no crisis. */
    public PaymentStatement whatIf(SignedContract contract, long population, int year, Map<String, BigDecimal> values) {
        return whatIf(
                contract.terms(),
                contract.signatureDate(),
                population,
                year,
                values,
                false,
                MissionStarts.planned(contract.terms()));
    }

    /** Simulation on a draft, before signature: every mission on its planned start. */
    public PaymentStatement whatIf(
            AciContractDraft draft, long population, int year, Map<String, BigDecimal> values, boolean crisisDeclared) {
        return whatIf(
                draft.terms(),
                draft.signatureDate(),
                population,
                year,
                values,
                crisisDeclared,
                MissionStarts.planned(draft.terms()));
    }

    /** Simulation on terms signed (or to be signed) on that date, the missions on these starts. */
    public PaymentStatement whatIf(
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            int year,
            Map<String, BigDecimal> values,
            boolean crisisDeclared,
            MissionStarts starts) {
        return PaymentStatement.simulate(
                simulator,
                Objects.requireNonNull(terms, "terms"),
                signatureDate,
                population,
                year,
                values,
                crisisDeclared,
                Objects.requireNonNull(starts, "starts"));
    }
}
