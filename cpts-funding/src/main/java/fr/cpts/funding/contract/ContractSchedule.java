package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractEnd;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.ContractYearSimulation;
import fr.cpts.funding.aci.FunctioningComplement;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.contract.IndicatorExplanations.ValueKind;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.schedule.ContractYear;
import fr.cpts.funding.schedule.PaymentLine;
import fr.cpts.funding.schedule.PaymentScheduler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The payment schedule of a contract over its whole duration (échéancier du contrat), year by year through
 * {@link AciSimulator#simulateYear}: functioning, advances, prorations and balances, each explained. A year whose
 * review is closed has its variable part computed from the accepted values; in any other year the variable part of
 * each mission is pending, shown with the most it can be.
 */
public record ContractSchedule(LocalDate signatureDate, List<ScheduleYear> years) {

    public ContractSchedule {
        years = List.copyOf(years);
    }

    /** Every payment of the contract, by date (at the same date, the earlier year first). */
    public List<ContractPaymentLine> lines() {
        return years.stream()
                .flatMap(year -> year.lines().stream())
                .sorted(Comparator.comparing(ContractPaymentLine::date))
                .toList();
    }

    /**
     * The same schedule with each closed year of {@code recorded} as its statement recorded it at closing: a year
     * closed under these terms keeps the figures it was paid on, whatever the rule data became since.
     */
    public ContractSchedule withRecordedYears(Map<Integer, PaymentStatement> recorded) {
        return new ContractSchedule(
                signatureDate,
                years.stream()
                        .map(year -> recorded.containsKey(year.number())
                                ? ScheduleYear.recorded(recorded.get(year.number()))
                                : year)
                        .toList());
    }

    /** One year, 1 to the contract duration. */
    public ScheduleYear year(int number) {
        return years.stream()
                .filter(year -> year.number() == number)
                .findFirst()
                .orElseThrow(() -> new FundingRefusal(
                        "Le contrat compte " + years.size() + " années : l'année " + number + " n'existe pas."));
    }

    /** The sum of the known payments. */
    public Money knownTotal() {
        return years.stream().map(ScheduleYear::knownTotal).reduce(Money.ZERO, Money::plus);
    }

    /** The most the pending payments can add. */
    public Money pendingMaximum() {
        return years.stream().map(ScheduleYear::pendingMaximum).reduce(Money.ZERO, Money::plus);
    }

    /** The engine's warnings, each once, with the years it concerns, e.g. « Années 1, 2 et 3 : … ». */
    public List<String> warnings() {
        Map<String, List<Integer>> yearsByWarning = new LinkedHashMap<>();
        years.forEach(year -> year.warnings().forEach(warning -> yearsByWarning
                .computeIfAbsent(warning, w -> new ArrayList<>())
                .add(year.number())));
        return yearsByWarning.entrySet().stream()
                .map(entry -> yearsText(entry.getValue()) + " : " + entry.getKey())
                .toList();
    }

    static ContractSchedule build(
            AciSimulator simulator,
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            Map<Integer, Map<String, BigDecimal>> acceptedByYear,
            Set<Integer> crisisYears,
            MissionStarts starts,
            Optional<ContractEnd> end) {
        int duration = Math.toIntExact(simulator.contractYears(signatureDate));
        requireYears(duration, acceptedByYear.keySet(), "Valeurs retenues");
        requireYears(duration, crisisYears, "Crise sanitaire déclarée");
        AciContract contract = ContractMapping.toEngine(terms, signatureDate, population, starts);
        Map<Integer, List<FunctioningComplement>> complements =
                simulator.functioningComplements(contract, duration).stream()
                        .collect(Collectors.groupingBy(FunctioningComplement::year));
        List<ScheduleYear> years = new ArrayList<>();
        for (int number = 1; number <= duration; number++) {
            Map<String, BigDecimal> accepted = acceptedByYear.get(number);
            if (accepted != null) {
                ReviewValues.requireComplete(terms, number, accepted);
            }
            ScheduleYear year = withComplements(
                    year(simulator, terms, starts, contract, number, accepted, crisisYears.contains(number)),
                    complements.getOrDefault(number, List.of()));
            if (end.isPresent()) {
                if (!end.get().endsOn().isAfter(year.start())) {
                    break;
                }
                year = EndSettlement.settle(
                        year,
                        end.get(),
                        simulator
                                .ceilings(population, year.start())
                                .functioning()
                                .value()
                                .orElseThrow(),
                        terms,
                        starts,
                        signatureDate);
            }
            years.add(year);
        }
        return new ContractSchedule(signatureDate, years);
    }

    private static ScheduleYear year(
            AciSimulator simulator,
            ContractTerms terms,
            MissionStarts starts,
            AciContract contract,
            int number,
            Map<String, BigDecimal> accepted,
            boolean crisisDeclared) {
        Map<String, BigDecimal> values = accepted == null ? Map.of() : accepted;
        YearlyReview review = new YearlyReview(IndicatorMapping.results(terms.indicators(), values), crisisDeclared);
        ContractYearSimulation simulation = simulator.simulateYear(contract, number, review);
        ContractYear year = simulation.schedule().year();
        // The engine writes a mission's variable-part line with the mission's variablePartEarned(review) as its only
        // detail: recognise the lines by that explanation (records compare by value), not by their wording.
        Map<Explanation, ContractMission> variableLines = new HashMap<>();
        for (ContractMission mission : terms.missions()) {
            if (starts.of(mission).on().isBefore(year.end())) {
                variableLines.put(ContractMapping.toEngine(mission).variablePartEarned(review), mission);
            }
        }
        List<ContractPaymentLine> lines = new ArrayList<>();
        for (PaymentLine line : simulation.schedule().lines()) {
            List<Explanation> details = line.explanation().details();
            ContractMission mission = details.size() == 1 ? variableLines.remove(details.get(0)) : null;
            if (mission == null) {
                lines.add(ContractPaymentLine.known(number, line));
            } else if (accepted != null) {
                Explanation earned = IndicatorExplanations.variablePart(mission, review, values, ValueKind.ACCEPTED);
                if (earned.amount().compareTo(line.amount()) != 0) {
                    throw new IllegalStateException(
                            "Part variable « " + mission.mission().label() + " » : " + earned.amount() + " expliqués, "
                                    + line.amount() + " à l'échéancier du moteur.");
                }
                lines.add(ContractPaymentLine.known(
                        number,
                        new PaymentLine(
                                line.date(), Explanation.computed(line.label(), line.amount(), "", List.of(earned)))));
            } else if (ContractMapping.variablePart(mission).compareTo(Money.ZERO) > 0) {
                lines.add(ContractPaymentLine.pending(
                        number,
                        line.date(),
                        "Part variable – " + mission.mission().label() + " – année " + number + " : "
                                + PaymentScheduler.afterReview(year),
                        IndicatorExplanations.maximum(mission, number, crisisDeclared)));
            } else {
                lines.add(ContractPaymentLine.known(number, line));
            }
        }
        if (!variableLines.isEmpty()) {
            throw new IllegalStateException("Parts variables introuvables dans l'échéancier du moteur : "
                    + variableLines.values().stream()
                            .map(m -> m.mission().label())
                            .toList());
        }
        return new ScheduleYear(
                number,
                year.start(),
                year.end(),
                simulation.ruleSetName(),
                simulation.bracket().code(),
                accepted != null,
                crisisDeclared,
                simulation.warnings(),
                lines,
                false);
    }

    /** The year with the functioning complements owed for it, « à confirmer » ones left out of its total. */
    private static ScheduleYear withComplements(ScheduleYear year, List<FunctioningComplement> complements) {
        if (complements.isEmpty()) {
            return year;
        }
        List<ContractPaymentLine> lines = new ArrayList<>(year.lines());
        complements.forEach(complement -> lines.add(ContractPaymentLine.of(
                complement.confirmed() ? ContractPaymentLine.Kind.PAYMENT : ContractPaymentLine.Kind.TO_CONFIRM,
                year.number(),
                complement.date(),
                complement.amount())));
        return year.withLines(lines, year.warnings());
    }

    private static void requireYears(int duration, Set<Integer> years, String what) {
        List<String> reasons = new TreeSet<>(years)
                .stream()
                        .filter(year -> year < 1 || year > duration)
                        .map(year -> what + " pour l'année " + year + " : le contrat compte " + duration
                                + " années (1 à " + duration + ").")
                        .toList();
        if (!reasons.isEmpty()) {
            throw new FundingRefusal(reasons);
        }
    }

    private static String yearsText(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "Année " + numbers.get(0);
        }
        List<String> texts = numbers.stream().map(String::valueOf).toList();
        return "Années " + String.join(", ", texts.subList(0, texts.size() - 1)) + " et " + texts.get(texts.size() - 1);
    }
}
