package fr.cpts.web.funding;

import fr.cpts.domain.money.Money;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.aci.ContractYearSimulation;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.funding.explanation.Provenance;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.errors.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API of the funding engine: ACI ceilings, contract-year simulations, medical-assistant subsidies. */
@RestController
@RequestMapping("/api/v1/funding")
@Tag(
        name = "Financement",
        description = "Barèmes de l'ACI et de l'aide à l'emploi d'un assistant médical, "
                + "chaque montant expliqué (barème, paramètre, texte de référence, calcul).")
class FundingApiController {

    private final FundingSimulations simulations;

    private final Clock clock;

    FundingApiController(FundingSimulations simulations, Clock clock) {
        this.clock = clock;
        this.simulations = simulations;
    }

    /** Bracket and ceilings of the ACI for a population on a date. */
    public record CeilingsResponse(
            String bracket,
            String bracketsReading,
            String ruleSet,
            String legalReference,
            BigDecimal functioningEur,
            BigDecimal missionsMaxEur,
            BigDecimal totalMaxEur,
            BigDecimal letterOfIntentLumpSumEur,
            boolean letterOfIntentLumpSumToConfirm,
            List<String> warnings) {}

    /** One contract year of the medical-assistant subsidy. */
    public record AssistantYear(int year, BigDecimal amountEur, ExplanationView explanation) {}

    /** The medical-assistant subsidy of a contract, year by year. */
    public record AssistantResponse(String ruleSet, List<AssistantYear> years, BigDecimal totalEur) {}

    /** A dated payment of the contract year. */
    public record PaymentLineView(LocalDate date, String label, BigDecimal amountEur, ExplanationView explanation) {}

    /** The explained payments of one ACI contract year. */
    public record SimulationResponse(
            String ruleSet,
            String legalReference,
            String bracket,
            int year,
            List<String> warnings,
            List<PaymentLineView> lines,
            BigDecimal totalEur,
            ExplanationView total) {}

    @GetMapping("/aci/ceilings")
    @Operation(
            summary = "Tranche, fonctionnement et plafonds ACI pour une population à une date",
            description = "Montants en euros ; null quand le barème ne connaît pas la valeur.")
    CeilingsResponse ceilings(
            @Parameter(description = "Population couverte (habitants)", example = "120000") @RequestParam
                    long population,
            @Parameter(description = "Date (AAAA-MM-JJ) ; aujourd'hui par défaut", example = "2024-01-15")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate on) {
        AciCeilings ceilings = simulations.ceilings(population, on == null ? FrenchFormats.today(clock) : on, "on");
        return new CeilingsResponse(
                ceilings.bracket().code(),
                ceilings.bracketsReading(),
                ceilings.ruleSetName(),
                ceilings.legalReference().toString(),
                euros(ceilings.functioning().value()),
                euros(ceilings.missionsMaximum().value()),
                euros(ceilings.totalMaximum().value()),
                euros(ceilings.letterOfIntentLumpSum().flatMap(sum -> sum.publicValue())),
                ceilings.letterOfIntentLumpSum().filter(sum -> !sum.confirmed()).isPresent(),
                ceilings.ruleSetWarnings());
    }

    @GetMapping("/medical-assistant")
    @Operation(
            summary = "Aide à l'emploi d'un assistant médical, année par année",
            description =
                    "Option THIRD (1/3 temps, fermée aux contrats signés à partir du 01/05/2023), HALF (1/2 temps) "
                            + "ou FULL (temps plein) ; barème choisi par la date de signature, puis, pour un contrat signé avant "
                            + "la convention de 2024, revalorisé à sa date anniversaire.")
    AssistantResponse medicalAssistant(
            @Parameter(description = "THIRD, HALF ou FULL", example = "HALF") @RequestParam String fte,
            @Parameter(description = "Date de signature (AAAA-MM-JJ)", example = "2024-07-01")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate signedOn,
            @Parameter(description = "Nombre d'années (1 à 10)", example = "5") @RequestParam(defaultValue = "5")
                    int years,
            @Parameter(
                            description =
                                    "Percentile national de la patientèle du médecin (0 à 100), pour les "
                                            + "montants des fortes patientèles (P90 à P94, P95 et plus) ; absent : montants courants",
                            example = "92")
                    @RequestParam(required = false)
                    Integer percentile) {
        if (years < 1 || years > 10) {
            throw new InvalidInput("years", List.of("Le nombre d'années doit être compris entre 1 et 10."));
        }
        List<Explanation> amounts = simulations.assistantYears(fte, signedOn, years, percentile);
        List<AssistantYear> byYear = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            byYear.add(new AssistantYear(i + 1, amounts.get(i).amount().amount(), ExplanationView.of(amounts.get(i))));
        }
        BigDecimal total =
                amounts.stream().map(amount -> amount.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        String ruleSet =
                amounts.get(0).provenance().map(Provenance::ruleSetName).orElse(null);
        return new AssistantResponse(ruleSet, byYear, total);
    }

    @PostMapping("/aci/simulations")
    @Operation(
            summary = "Simulation d'une année de contrat ACI",
            description =
                    "Versements datés de l'année (fonctionnement, avances de 75 %, proratas, soldes, part variable), "
                            + "chacun avec son explication ; refus motivé si un plafond est dépassé.")
    SimulationResponse simulate(@Valid @RequestBody ContractYearForm form) {
        ContractYearSimulation year = simulations.contractYear(form);
        List<PaymentLineView> lines = year.schedule().lines().stream()
                .map(line -> new PaymentLineView(
                        line.date(), line.label(), line.amount().amount(), ExplanationView.of(line.explanation())))
                .toList();
        return new SimulationResponse(
                year.ruleSetName(),
                year.legalReference().toString(),
                year.bracket().code(),
                year.schedule().year().number(),
                year.warnings(),
                lines,
                year.schedule().totalAmount().amount(),
                ExplanationView.of(year.schedule().total()));
    }

    /** A known amount in euros, or null where the rule set does not know it. */
    private static BigDecimal euros(Optional<Money> amount) {
        return amount.map(Money::amount).orElse(null);
    }
}
