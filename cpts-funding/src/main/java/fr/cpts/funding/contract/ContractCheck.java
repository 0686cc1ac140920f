package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.CeilingExceeded;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.indicator.IndicatorResults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks draft contract terms against the ACI rule set in force on the signature date, for the population covered:
 * the bracket written in the terms is the population's, no mission starts before the signature, and the yearly
 * amounts respect the bracket's ceilings (the engine's ceiling check of year 1, which compares full yearly amounts,
 * so the same every year under that rule set; without crisis, the crisis envelope that would exceed a ceiling being a
 * warning). Lists every problem, not just the first.
 */
public final class ContractCheck {

    private final AciSimulator simulator;

    public ContractCheck(AciSimulator simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    public ContractCheckResult check(ContractTerms terms, LocalDate signatureDate, long population) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(signatureDate, "signatureDate");
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        AciCeilings ceilings;
        try {
            ceilings = simulator.ceilings(population, signatureDate);
        } catch (FundingRefusal refusal) {
            refusals.addAll(refusal.reasons());
            return new ContractCheckResult(refusals, warnings, Optional.empty());
        }
        if (!ceilings.bracket().code().equals(terms.bracketCode())) {
            refusals.add("La tranche inscrite au contrat (" + terms.bracketCode() + ") n'est pas celle de la "
                    + "population couverte : " + FrenchNumbers.format(population) + " habitants relèvent de la tranche "
                    + ceilings.bracket().code() + " selon « " + ceilings.ruleSetName() + " » ("
                    + ceilings.bracket().reading() + ").");
        }
        long duration = simulator.contractYears(signatureDate);
        for (ContractMission mission : terms.missions()) {
            mission.fixedAmountByYear().keySet().stream()
                    .filter(year -> year > duration)
                    .forEach(year ->
                            refusals.add("La mission « " + mission.mission().label() + " » : une part fixe "
                                    + "est donnée pour l'année " + year + ", mais le contrat compte " + duration
                                    + " années."));
            if (mission.startOn().isBefore(signatureDate)) {
                refusals.add("La mission « " + mission.mission().label() + " » ne peut pas démarrer le "
                        + FrenchDates.day(mission.startOn()) + ", avant la signature du contrat le "
                        + FrenchDates.day(signatureDate) + ".");
            }
        }
        AciContract contract = ContractMapping.toEngineForCeilings(terms, signatureDate, population);
        // a year whose fixed parts differ is checked against the ceilings as well as year 1
        Set<Integer> years = new TreeSet<>(List.of(1));
        terms.missions().forEach(mission -> mission.fixedAmountByYear().keySet().stream()
                .filter(year -> year <= duration)
                .forEach(years::add));
        Set<String> yearWarnings = new LinkedHashSet<>();
        Set<String> yearRefusals = new LinkedHashSet<>();
        for (int year : years) {
            try {
                yearWarnings.addAll(simulator
                        .simulateYear(contract, year, new YearlyReview(IndicatorResults.none(), false))
                        .warnings());
                yearWarnings.addAll(crisisWarnings(terms, contract, year));
            } catch (FundingRefusal refusal) {
                yearRefusals.addAll(refusal.reasons());
            }
        }
        warnings.addAll(yearWarnings);
        refusals.addAll(yearRefusals);
        return new ContractCheckResult(refusals, warnings, Optional.of(ceilings));
    }

    /** The ceilings the crisis envelope would exceed in a year the ARS declares a crisis. */
    private List<String> crisisWarnings(ContractTerms terms, AciContract contract, int year) {
        Money envelope = terms.mission(Mission.CRISES_SANITAIRES)
                .map(ContractMapping::variablePart)
                .orElse(Money.ZERO);
        if (envelope.compareTo(Money.ZERO) == 0) {
            return List.of();
        }
        try {
            simulator.simulateYear(contract, year, new YearlyReview(IndicatorResults.none(), true));
            return List.of();
        } catch (CeilingExceeded exceeded) {
            return exceeded.reasons().stream()
                    .map(reason -> "Si l'ARS déclare une crise sanitaire grave, "
                            + "l'enveloppe variable de la mission « " + Mission.CRISES_SANITAIRES.label() + " » ("
                            + envelope
                            + ") s'ajoute et le paiement de l'année serait refusé : "
                            + Character.toLowerCase(reason.charAt(0))
                            + reason.substring(1))
                    .toList();
        }
    }
}
