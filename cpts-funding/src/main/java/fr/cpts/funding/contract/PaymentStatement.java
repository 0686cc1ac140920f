package fr.cpts.funding.contract;

import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractTerms;
import fr.cpts.domain.contract.MissionStart;
import fr.cpts.domain.contract.MissionStarts;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.ContractYearSimulation;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.contract.IndicatorExplanations.ValueKind;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import fr.cpts.funding.schedule.ContractYear;
import fr.cpts.funding.schedule.PaymentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment statement of one contract year (décompte annuel): the fixed part due (functioning and the missions'
 * fixed parts, prorated in a mission's first year), the variable part earned indicator by indicator, the total due,
 * what was already paid for the year before its review (advances, and in year 1 the functioning paid at signature)
 * and the balance due at the closing anniversary, every figure explained. Built from the values a closed review
 * accepted, or, when {@link #simulation()} is true, from values entered for a what-if, validated by no review.
 */
public record PaymentStatement(
        int year,
        LocalDate yearStart,
        LocalDate yearEnd,
        boolean simulation,
        boolean crisisDeclared,
        String ruleSetName,
        String bracketCode,
        Explanation functioning,
        List<MissionStatement> missions,
        Explanation fixedPartDue,
        Explanation variablePartEarned,
        Explanation totalDue,
        List<PaymentLine> advanceLines,
        Explanation advancesPaid,
        Explanation balanceDue,
        List<String> warnings) {

    public PaymentStatement {
        missions = List.copyOf(missions);
        advanceLines = List.copyOf(advanceLines);
        warnings = List.copyOf(warnings);
    }

    /** French heading saying which kind of statement this is. */
    public String nature() {
        return simulation
                ? "Simulation de l'année " + year + " : valeurs saisies, non validées par une revue annuelle"
                : "Décompte de l'année " + year + " : valeurs retenues à la revue annuelle";
    }

    /** The day the balance is paid: the anniversary closing the year. */
    public LocalDate balanceDate() {
        return yearEnd;
    }

    /** The whole statement as indented text: the heading, the balance's tree (total due, already paid), warnings. */
    public String toText() {
        StringBuilder text = new StringBuilder(nature()).append('\n').append(balanceDue.toText());
        warnings.forEach(
                warning -> text.append("Avertissement : ").append(warning).append('\n'));
        return text.toString();
    }

    /** From the values a closed review accepted: every indicator of the contract needs one. */
    static PaymentStatement accepted(
            AciSimulator simulator,
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            int year,
            Map<String, BigDecimal> accepted,
            boolean crisisDeclared,
            MissionStarts starts) {
        Objects.requireNonNull(accepted, "accepted");
        requireYear(simulator, signatureDate, year);
        ReviewValues.requireComplete(terms, year, accepted);
        return compute(
                simulator,
                terms,
                signatureDate,
                population,
                year,
                accepted,
                crisisDeclared,
                starts,
                ValueKind.ACCEPTED,
                List.of());
    }

    /** From any values; a missing one counts as not reached (« valeur non déclarée »). */
    static PaymentStatement simulate(
            AciSimulator simulator,
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            int year,
            Map<String, BigDecimal> values,
            boolean crisisDeclared,
            MissionStarts starts) {
        Objects.requireNonNull(values, "values");
        requireYear(simulator, signatureDate, year);
        return compute(
                simulator,
                terms,
                signatureDate,
                population,
                year,
                values,
                crisisDeclared,
                starts,
                ValueKind.SIMULATED,
                ReviewValues.simulationWarnings(terms, values));
    }

    private static PaymentStatement compute(
            AciSimulator simulator,
            ContractTerms terms,
            LocalDate signatureDate,
            long population,
            int yearNumber,
            Map<String, BigDecimal> values,
            boolean crisisDeclared,
            MissionStarts starts,
            ValueKind kind,
            List<String> valueWarnings) {
        YearlyReview review = new YearlyReview(IndicatorMapping.results(terms.indicators(), values), crisisDeclared);
        ContractYearSimulation simulation = simulator.simulateYear(
                ContractMapping.toEngine(terms, signatureDate, population, starts), yearNumber, review);
        ContractYear year = simulation.schedule().year();
        String ofYear = "année " + yearNumber;

        Explanation functioning = functioning(simulator.ceilings(population, year.start()));
        List<MissionStatement> missions = terms.missions().stream()
                .map(mission -> mission(mission, starts.of(mission), year, review, values, kind))
                .toList();
        List<Explanation> fixedParts = new ArrayList<>(List.of(functioning));
        missions.forEach(mission -> fixedParts.add(mission.fixedPartDue()));
        Explanation fixedPartDue =
                Explanation.sum("Part fixe due – " + ofYear + " (fonctionnement et missions)", fixedParts);
        Explanation variablePartEarned = Explanation.sum(
                "Part variable acquise – " + ofYear,
                missions.stream().map(MissionStatement::variablePartEarned).toList());
        Explanation totalDue =
                Explanation.sum("Total dû au titre de l'" + ofYear, List.of(fixedPartDue, variablePartEarned));

        List<PaymentLine> advanceLines = simulation.schedule().lines().stream()
                .filter(line -> line.date().isBefore(year.end()))
                .toList();
        Explanation advancesPaid = Explanation.sum(
                "Déjà versé au titre de l'" + ofYear + " avant la revue annuelle",
                advanceLines.stream().map(PaymentLine::explanation).toList());
        Money balance = totalDue.amount().minus(advancesPaid.amount());
        Explanation balanceDue = Explanation.computed(
                "Solde dû au titre de l'" + ofYear + ", au plus tôt le " + FrenchDates.day(year.end()),
                balance,
                totalDue.amount() + " − " + advancesPaid.amount() + " = " + balance,
                List.of(totalDue, advancesPaid));
        requireSameAsEngine(simulation, year, totalDue.amount(), balance);

        List<String> warnings = new ArrayList<>(simulation.warnings());
        warnings.addAll(valueWarnings);
        return new PaymentStatement(
                yearNumber,
                year.start(),
                year.end(),
                kind == ValueKind.SIMULATED,
                crisisDeclared,
                simulation.ruleSetName(),
                simulation.bracket().code(),
                functioning,
                missions,
                fixedPartDue,
                variablePartEarned,
                totalDue,
                advanceLines,
                advancesPaid,
                balanceDue,
                warnings);
    }

    private static void requireYear(AciSimulator simulator, LocalDate signatureDate, int year) {
        long duration = simulator.contractYears(Objects.requireNonNull(signatureDate, "signatureDate"));
        if (year < 1 || year > duration) {
            throw new FundingRefusal("Le contrat compte " + duration + " années (1 à " + duration + ") : l'année "
                    + year + " n'existe pas.");
        }
    }

    private static Explanation functioning(AciCeilings ceilings) {
        return Explanation.sourced(
                "Fonctionnement – tranche " + ceilings.bracket().code(),
                ceilings.functioning().value().orElseThrow(),
                new Provenance(
                        ceilings.ruleSetName(),
                        ceilings.functioning().name(),
                        ceilings.legalReference().toString()));
    }

    private static MissionStatement mission(
            ContractMission mission,
            MissionStart start,
            ContractYear year,
            YearlyReview review,
            Map<String, BigDecimal> values,
            ValueKind kind) {
        Optional<Explanation> fixed = FixedPartDue.of(mission, start, year);
        if (fixed.isEmpty()) {
            String why = "mission non démarrée pendant l'année (" + start.describe() + ") → " + Money.ZERO;
            return new MissionStatement(
                    mission.mission(),
                    false,
                    Explanation.computed("Part fixe – " + mission.mission().label(), Money.ZERO, why, List.of()),
                    Explanation.computed("Part variable – " + mission.mission().label(), Money.ZERO, why, List.of()),
                    List.of());
        }
        Explanation variable = IndicatorExplanations.variablePart(mission, review, values, kind);
        boolean noCrisis = mission.mission() == Mission.CRISES_SANITAIRES && !review.crisisDeclared();
        return new MissionStatement(
                mission.mission(), true, fixed.get(), variable, noCrisis ? List.of() : variable.details());
    }

    /** The statement follows the engine's schedule: same total, and the balance is what it pays at the anniversary. */
    private static void requireSameAsEngine(
            ContractYearSimulation simulation, ContractYear year, Money total, Money balance) {
        Money engineTotal = simulation.schedule().totalAmount();
        Money engineBalance = simulation.schedule().lines().stream()
                .filter(line -> !line.date().isBefore(year.end()))
                .map(PaymentLine::amount)
                .reduce(Money.ZERO, Money::plus);
        if (engineTotal.compareTo(total) != 0 || engineBalance.compareTo(balance) != 0) {
            throw new IllegalStateException("Décompte incohérent avec l'échéancier du moteur : total " + total + " / "
                    + engineTotal + ", solde " + balance + " / " + engineBalance + ".");
        }
    }
}
