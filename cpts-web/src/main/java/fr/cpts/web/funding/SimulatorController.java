package fr.cpts.web.funding;

import fr.cpts.domain.money.Money;
import fr.cpts.domain.territory.TerritoryPopulation;
import fr.cpts.funding.assistant.AssistantOption;
import fr.cpts.funding.explanation.Explanation;
import fr.cpts.web.errors.FieldProblem;
import fr.cpts.web.errors.InvalidInput;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public funding simulator (« Simulateur de financement »): an ACI contract year with its ceilings and
 * dated payments, and the medical-assistant subsidy, each amount expandable to its explanation. Nothing is
 * stored.
 */
@Controller
@RequestMapping("/simulateur")
class SimulatorController {

    /** The date the example contract is signed: under avenant 2, so its unknown ceilings show. */
    private static final LocalDate EXAMPLE_SIGNATURE = LocalDate.of(2024, 1, 15);

    private final FundingSimulations simulations;
    private final Validator validator;

    SimulatorController(FundingSimulations simulations, Validator validator) {
        this.simulations = simulations;
        this.validator = validator;
    }

    @InitBinder
    void readFrenchNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new FrenchDecimalEditor());
    }

    /** The simulator opens on the example contract, already computed. */
    @GetMapping
    String example(Model model) {
        return simulate(ExampleContract.form(EXAMPLE_SIGNATURE), List.of(), model);
    }

    /**
     * A contract typed by the visitor (POST: the form has too many fields for a URL). A list of INSEE codes, when
     * given, replaces the population by the communes' population.
     */
    @PostMapping
    String simulate(
            @ModelAttribute("form") ContractYearForm form,
            BindingResult binding,
            @RequestParam(name = "communes", required = false) String communes,
            Model model) {
        List<String> errors = new ArrayList<>(unreadable(binding, form));
        if (communes != null && !communes.isBlank()) {
            model.addAttribute("communes", communes);
            try {
                TerritoryPopulation population = simulations.populationOf(communes);
                form.setPopulation(population.knownPopulation());
                model.addAttribute("communesPopulation", population);
            } catch (InvalidInput invalid) {
                invalid.problems()
                        .forEach(problem ->
                                errors.add(SimulatorPage.describe(problem.field(), form) + " : " + problem.message()));
            }
        }
        return simulate(form, errors, model);
    }

    private String simulate(ContractYearForm page, List<String> unreadable, Model model) {
        List<String> errors = new ArrayList<>(unreadable);
        if (errors.isEmpty()) {
            ContractYearForm input = SimulatorPage.engineInput(page);
            for (ConstraintViolation<ContractYearForm> violation : validator.validate(input)) {
                errors.add(SimulatorPage.describe(violation.getPropertyPath().toString(), input) + " : "
                        + violation.getMessage());
            }
            if (page.getPopulation() != null && page.getPopulation() >= 0 && page.getSignedOn() != null) {
                errors.addAll(attempt(
                        () -> model.addAttribute(
                                "ceilings", simulations.ceilings(page.getPopulation(), page.getSignedOn(), "signedOn")),
                        input));
            }
            if (errors.isEmpty()) {
                errors.addAll(attempt(() -> model.addAttribute("simulation", simulations.contractYear(input)), input));
            }
        }
        SimulatorPage.layOut(page);
        model.addAttribute("form", page);
        model.addAttribute("errors", errors);
        return "funding/simulator";
    }

    @GetMapping("/assistant-medical")
    String medicalAssistant(
            @RequestParam(required = false) String fte,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(defaultValue = "5") int years,
            @RequestParam(required = false) Integer percentile,
            Model model) {
        String option = fte == null ? AssistantOption.HALF.name() : fte;
        LocalDate signature = signedOn == null ? LocalDate.of(2024, 7, 1) : signedOn;
        model.addAttribute("fte", option);
        model.addAttribute("signedOn", signature);
        model.addAttribute("years", years);
        model.addAttribute("percentile", percentile);
        model.addAttribute("options", AssistantOption.values());
        List<String> errors = new ArrayList<>();
        if (years < 1 || years > 10) {
            errors.add("Nombre d'années : il doit être compris entre 1 et 10.");
        } else {
            try {
                List<Explanation> amounts = simulations.assistantYears(option, signature, years, percentile);
                model.addAttribute("amounts", amounts);
                model.addAttribute(
                        "total", amounts.stream().map(Explanation::amount).reduce(Money.ZERO, Money::plus));
            } catch (InvalidInput invalid) {
                invalid.problems()
                        .forEach(problem ->
                                errors.add(SimulatorPage.describe(problem.field(), null) + " : " + problem.message()));
            }
        }
        model.addAttribute("errors", errors);
        return "funding/medical-assistant";
    }

    /** Values the page could not read (a word in an amount, a malformed date), named field by field. */
    private static List<String> unreadable(BindingResult binding, ContractYearForm page) {
        return binding.getFieldErrors().stream()
                .map((FieldError error) -> SimulatorPage.describe(error.getField(), page) + " : valeur « "
                        + error.getRejectedValue() + " » illisible.")
                .toList();
    }

    /** Runs a computation, turning its refusal into messages that name the fields. */
    private static List<String> attempt(Runnable computation, ContractYearForm input) {
        try {
            computation.run();
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems().stream()
                    .map((FieldProblem problem) ->
                            SimulatorPage.describe(problem.field(), input) + " : " + problem.message())
                    .toList();
        }
    }
}
