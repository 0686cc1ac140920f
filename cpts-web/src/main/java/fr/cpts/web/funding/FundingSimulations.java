package fr.cpts.web.funding;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.CommuneLookup;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.PastedInseeCodes;
import fr.cpts.domain.territory.TerritoryPopulation;
import fr.cpts.funding.FundingRefusal;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.AciContract;
import fr.cpts.funding.aci.AciSimulator;
import fr.cpts.funding.aci.CeilingExceeded;
import fr.cpts.funding.aci.ContractYearSimulation;
import fr.cpts.funding.aci.MissionAgreement;
import fr.cpts.funding.aci.YearlyReview;
import fr.cpts.funding.assistant.AssistantOption;
import fr.cpts.funding.assistant.AssistantSubsidy;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.indicator.BinaryIndicator;
import fr.cpts.funding.indicator.Indicator;
import fr.cpts.funding.indicator.IndicatorResults;
import fr.cpts.funding.indicator.Tier;
import fr.cpts.funding.indicator.TieredIndicator;
import fr.cpts.funding.ruleset.NoRuleSetInForce;
import fr.cpts.web.errors.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;

/**
 * Runs the funding engine on what a person typed (simulator page) or sent (JSON API), and names the input
 * behind each refusal so it can be shown next to the right field.
 */
@Service
public class FundingSimulations {

    private final AciSimulator aci;
    private final AssistantSubsidy assistant;

    private final Communes communes;

    FundingSimulations(AciSimulator aci, AssistantSubsidy assistant, Communes communes) {
        this.aci = aci;
        this.assistant = assistant;
        this.communes = communes;
    }

    /** The population of a pasted list of INSEE codes; malformed or unknown codes are all listed back. */
    public TerritoryPopulation populationOf(String pastedCodes) {
        PastedInseeCodes pasted = PastedInseeCodes.parse(pastedCodes);
        List<String> problems = new ArrayList<>();
        if (!pasted.malformed().isEmpty()) {
            problems.add("codes INSEE mal formés : " + String.join(", ", pasted.malformed()) + ".");
        }
        CommuneLookup lookup = communes.byCodes(pasted.codes());
        if (!lookup.allFound()) {
            problems.add("codes INSEE inconnus parmi les communes actuelles : "
                    + String.join(
                            ", ",
                            lookup.unknown().stream()
                                    .map(InseeCode::value)
                                    .sorted()
                                    .toList()) + ".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("communes", problems);
        }
        return TerritoryPopulation.of(lookup.found());
    }

    /** Bracket, functioning amount and ceilings; {@code dateField} names the date input in the request. */
    public AciCeilings ceilings(long population, LocalDate on, String dateField) {
        try {
            return aci.ceilings(population, on);
        } catch (NoRuleSetInForce refusal) {
            throw new InvalidInput(dateField, refusal.reasons());
        } catch (FundingRefusal refusal) {
            throw new InvalidInput("population", refusal.reasons());
        }
    }

    /** The explained payments of one contract year; every refusal is tied to the input it concerns. */
    public ContractYearSimulation contractYear(ContractYearForm form) {
        ceilings(form.getPopulation(), form.getSignedOn(), "signedOn");
        List<MissionAgreement> missions = new ArrayList<>();
        IndicatorResults results = IndicatorResults.none();
        for (int m = 0; m < form.getMissions().size(); m++) {
            MissionForm mission = form.getMissions().get(m);
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < mission.getIndicators().size(); i++) {
                IndicatorForm indicator = mission.getIndicators().get(i);
                String code = "M" + (m + 1) + "-I" + (i + 1);
                indicators.add(indicatorOf(code, indicator));
                results = resultOf(code, indicator, results);
            }
            try {
                missions.add(new MissionAgreement(
                        mission.getMission(),
                        mission.getStartDate(),
                        new Money(mission.getFixedEur()),
                        new Money(mission.getVariableEur()),
                        indicators));
            } catch (FundingRefusal refusal) {
                throw new InvalidInput("missions[" + m + "].variableEur", refusal.reasons());
            }
        }
        AciContract contract;
        try {
            contract = new AciContract(form.getSignedOn(), form.getPopulation(), missions);
        } catch (FundingRefusal refusal) {
            throw new InvalidInput("missions", refusal.reasons());
        }
        try {
            return aci.simulateYear(contract, form.getYear(), new YearlyReview(results, form.isCrisisDeclared()));
        } catch (CeilingExceeded exceeded) {
            throw new InvalidInput("missions", exceeded.reasons());
        } catch (FundingRefusal refusal) {
            throw new InvalidInput("year", refusal.reasons());
        }
    }

    /**
     * The medical-assistant subsidy of years 1 to {@code years}, each explained.
     *
     * @param percentile the national percentile of the doctor's patient list (0 to 100), null when not given
     */
    public List<Explanation> assistantYears(String option, LocalDate signedOn, int years, Integer percentile) {
        if (percentile != null && (percentile < 0 || percentile > 100)) {
            throw new InvalidInput(
                    "percentile", List.of("Le percentile de patientèle doit être compris entre 0 et 100."));
        }
        AssistantOption parsed;
        try {
            parsed = AssistantOption.fromCode(option);
        } catch (FundingRefusal refusal) {
            throw new InvalidInput("fte", refusal.reasons());
        }
        try {
            return assistant.yearlyAmounts(
                    parsed, signedOn, years, percentile == null ? OptionalInt.empty() : OptionalInt.of(percentile));
        } catch (NoRuleSetInForce refusal) {
            throw new InvalidInput("signedOn", refusal.reasons());
        } catch (FundingRefusal refusal) {
            throw new InvalidInput("fte", refusal.reasons());
        }
    }

    private static Indicator indicatorOf(String code, IndicatorForm form) {
        return switch (form.getKind()) {
            case BINARY -> new BinaryIndicator(code, form.getLabel(), new Money(form.getAmountEur()));
            case TIERED ->
                new TieredIndicator(
                        code,
                        form.getLabel(),
                        form.getDirection(),
                        form.getTiers().stream()
                                .map(tier ->
                                        new Tier(tier.getName(), tier.getThreshold(), new Money(tier.getAmountEur())))
                                .toList());
        };
    }

    private static IndicatorResults resultOf(String code, IndicatorForm form, IndicatorResults results) {
        return switch (form.getKind()) {
            case BINARY -> form.isReached() ? results.reached(code) : results;
            case TIERED -> form.getMeasured() == null ? results : results.measured(code, form.getMeasured());
        };
    }
}
