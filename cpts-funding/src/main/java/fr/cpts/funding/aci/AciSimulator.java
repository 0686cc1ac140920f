package fr.cpts.funding.aci;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.money.Percentage;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.ruleset.RuleSet;
import fr.cpts.funding.ruleset.RuleSetSource;
import fr.cpts.funding.schedule.ContractYear;
import fr.cpts.funding.schedule.PaymentScheduler;
import fr.cpts.funding.schedule.ScheduledMission;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of the ACI funding engine (simulateur ACI): what a population is granted on a date, and the
 * explained payments of one contract year.
 */
public final class AciSimulator {

    private final RuleSetSource<AciParameters> source;

    public AciSimulator(RuleSetSource<AciParameters> source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A simulator on the rule sets shipped with the application. */
    public static AciSimulator withShippedRuleSets() {
        return new AciSimulator(AciParametersReader.shippedRuleSets());
    }

    /** Bracket, functioning amount and ceilings for a population on a date; refused before the first rule set. */
    public AciCeilings ceilings(long population, LocalDate date) {
        RuleSet<AciParameters> ruleSet = source.ruleSets().applicableOn(date);
        PopulationBrackets brackets = ruleSet.parameters().brackets();
        PopulationBracket bracket = brackets.bracketFor(population);
        BracketAmounts amounts = ruleSet.parameters().amountsOf(bracket);
        return new AciCeilings(
                ruleSet.name(),
                ruleSet.legalReference(),
                bracket,
                brackets.reading(),
                amounts.functioning(),
                amounts.missionsMaximum(),
                amounts.totalMaximum(),
                amounts.letterOfIntentLumpSum(),
                ruleSet.warnings());
    }

    /** How many years a contract signed on that date lasts, under the rule set in force that day. */
    public long contractYears(LocalDate signatureDate) {
        RuleSet<AciParameters> ruleSet = source.ruleSets().applicableOn(signatureDate);
        return ruleSet.require(ruleSet.parameters().contractYears(), "La durée du contrat");
    }

    /**
     * The functioning complement a later rule set owes a contract signed by its {@code complementForContractsSignedBy}
     * day, for each contract year that started before that rule set and was paid under an earlier one: the later
     * functioning amount less the one paid, dated on the later rule set's first day, its date and years « à
     * confirmer » while that parameter is unconfirmed. Empty when no rule set owes one.
     */
    public List<FunctioningComplement> functioningComplements(AciContract contract, int years) {
        return FunctioningComplements.of(source.ruleSets(), Objects.requireNonNull(contract, "contract"), years);
    }

    /**
     * The payments of contract year {@code yearNumber} (1 to the contract duration), under the rule set in force on
     * the first day of that year: an avenant applies to the contracts in force from its effective date.
     * Refused when the year's amounts exceed a binding ceiling.
     */
    public ContractYearSimulation simulateYear(AciContract contract, int yearNumber, YearlyReview review) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(review, "review");
        ContractYear year = new ContractYear(contract.signatureDate(), yearNumber);
        RuleSet<AciParameters> ruleSet = source.ruleSets().applicableOn(year.start());
        AciParameters parameters = ruleSet.parameters();
        long duration = ruleSet.require(parameters.contractYears(), "La durée du contrat");
        if (yearNumber > duration) {
            throw new FundingRefusal("Un contrat ACI dure " + duration + " ans selon « " + ruleSet.name()
                    + " » : l'année " + yearNumber + " n'existe pas.");
        }
        PopulationBracket bracket = parameters.brackets().bracketFor(contract.population());
        Explanation functioning = ruleSet.explain(
                parameters.amountsOf(bracket).functioning(), "Fonctionnement – tranche " + bracket.code());
        Money missions = contract.missions().stream()
                .map(mission -> mission.yearlyMaximum(yearNumber, review))
                .reduce(Money.ZERO, Money::plus);
        List<String> warnings = new CeilingCheck(ruleSet, bracket).check(functioning.amount(), missions);
        Percentage advance = ruleSet.require(parameters.advance(), "Le pourcentage d'avance");
        PaymentScheduler scheduler = new PaymentScheduler(advance, ruleSet.provenanceOf(parameters.advance()));
        List<ScheduledMission> scheduled = contract.missions().stream()
                .map(mission -> new ScheduledMission(
                        mission.mission().label(),
                        mission.startDate(),
                        mission.startBasis(),
                        Explanation.sourced(
                                "Part fixe – " + mission.mission().label(),
                                mission.fixedPartFor(yearNumber),
                                contract.provenanceOf(MissionAgreement.fixedPartName(mission, yearNumber))),
                        mission.variablePartEarned(review)))
                .toList();
        return new ContractYearSimulation(
                ruleSet.name(),
                ruleSet.legalReference(),
                bracket,
                warnings,
                scheduler.schedule(year, functioning, scheduled));
    }
}
