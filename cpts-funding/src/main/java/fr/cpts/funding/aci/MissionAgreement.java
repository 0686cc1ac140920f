package fr.cpts.funding.aci;

import fr.cpts.domain.contract.StartBasis;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.money.Money;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.indicator.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One mission as negotiated in an ACI contract: its start date (date de démarrage) and what that date rests on (the
 * contract's forecast, or the start the CPTS reported), its yearly fixed part (part fixe, for the means deployed),
 * with the contract years where it differs ({@code fixedPartByYear}), and its yearly variable part (part variable,
 * earned by the indicators).
 */
public record MissionAgreement(
        Mission mission,
        LocalDate startDate,
        StartBasis startBasis,
        Money fixedPart,
        Map<Integer, Money> fixedPartByYear,
        Money variablePart,
        List<Indicator> indicators) {

    public MissionAgreement {
        fixedPartByYear = Map.copyOf(fixedPartByYear);
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(startBasis, "startBasis");
        Objects.requireNonNull(fixedPart, "fixedPart");
        Objects.requireNonNull(variablePart, "variablePart");
        indicators = List.copyOf(indicators);
        Money indicatorsMaximum = indicators.stream().map(Indicator::maximum).reduce(Money.ZERO, Money::plus);
        if (indicatorsMaximum.isGreaterThan(variablePart)) {
            throw new FundingRefusal("Mission « " + mission.label() + " » : les indicateurs peuvent rapporter "
                    + indicatorsMaximum + ", plus que la part variable négociée (" + variablePart + ").");
        }
    }

    /** A mission on the date the contract plans (a simulation, or a contract whose start is not reported yet). */
    public MissionAgreement(
            Mission mission, LocalDate startDate, Money fixedPart, Money variablePart, List<Indicator> indicators) {
        this(mission, startDate, StartBasis.PLANNED, fixedPart, Map.of(), variablePart, indicators);
    }

    /** The negotiated amount's name in explanations: « part fixe ACCES_SOINS », « … (année 1) » when the year has its own. */
    public static String fixedPartName(MissionAgreement mission, int contractYear) {
        return fixedPartName(mission.mission(), mission.fixedPartByYear().containsKey(contractYear), contractYear);
    }

    /** See {@link #fixedPartName(MissionAgreement, int)}: {@code ownAmount} when the year has its own amount. */
    public static String fixedPartName(Mission mission, boolean ownAmount, int contractYear) {
        return "part fixe " + mission.name() + (ownAmount ? " (année " + contractYear + ")" : "");
    }

    /** The fixed part of a contract year: that year's own amount if the contract sets one, else the yearly one. */
    public Money fixedPartFor(int contractYear) {
        return fixedPartByYear.getOrDefault(contractYear, fixedPart);
    }

    /**
     * Fixed and variable parts the mission may receive in a contract year, the crisis envelope only when a crisis is
     * declared.
     */
    public Money yearlyMaximum(int contractYear, YearlyReview review) {
        Money fixed = fixedPartFor(contractYear);
        return countsVariablePart(review) ? fixed.plus(variablePart) : fixed;
    }

    /** The variable part the review earns: the sum of the indicators, nothing for the crisis mission without a declared crisis. */
    public Explanation variablePartEarned(YearlyReview review) {
        String label = "Part variable – " + mission.label();
        if (!countsVariablePart(review)) {
            return Explanation.computed(
                    label,
                    Money.ZERO,
                    "aucune crise sanitaire grave déclarée par l'ARS : enveloppe de " + variablePart + " non due → "
                            + Money.ZERO,
                    List.of());
        }
        return Explanation.sum(
                label,
                indicators.stream()
                        .map(indicator -> indicator.earned(review.results()))
                        .toList());
    }

    private boolean countsVariablePart(YearlyReview review) {
        return mission != Mission.CRISES_SANITAIRES || review.crisisDeclared();
    }
}
