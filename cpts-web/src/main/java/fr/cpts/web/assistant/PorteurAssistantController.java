package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.AssistantSubsidyApplication;
import fr.cpts.domain.assistant.AssistantSubsidyRequest;
import fr.cpts.domain.assistant.AssistantWorkingTime;
import fr.cpts.domain.assistant.FeeSector;
import fr.cpts.domain.assistant.IneligibleRequest;
import fr.cpts.domain.assistant.SubsidyRequestConflict;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FormVersions;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Assistants médicaux »: the subsidy requests the porteur files for member doctors of their CPTS (never another
 * CPTS's: a request of another CPTS answers 404). A request is written as a draft, shows its eligibility check and its
 * 5-year schedule, and is filed with the CPAM once the doctor is eligible.
 */
@Controller
@RequestMapping("/porteur/assistants-medicaux")
class PorteurAssistantController {

    private static final String BASE = "/porteur/assistants-medicaux";

    private final SubsidyRequestQueries service;
    private final SubsidyRequestFiling filing;
    private final AssistantSubsidyEngine engine;

    private final Clock clock;

    PorteurAssistantController(
            SubsidyRequestQueries service, SubsidyRequestFiling filing, AssistantSubsidyEngine engine, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.filing = filing;
        this.engine = engine;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("cpts", service.ownCpts(user.account()));
        model.addAttribute("rows", service.porteurRequests(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        return "assistant/porteur-list";
    }

    @GetMapping("/nouvelle")
    String blank(@AuthenticationPrincipal SignedInUser user, Model model) {
        return formView(user, new AssistantRequestForm(), null, model);
    }

    /** Saves a new draft, or with {@code action=verifier} only shows the eligibility check (nothing stored). */
    @PostMapping("/nouvelle")
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("demande") AssistantRequestForm form,
            BindingResult binding,
            @RequestParam(name = "action", required = false) String action,
            Model model,
            RedirectAttributes redirect) {
        service.ownCpts(user.account());
        AssistantSubsidyApplication application = checked(form, binding);
        if (application == null) {
            return formView(user, form, null, model);
        }
        if ("verifier".equals(action)) {
            model.addAttribute("assessment", engine.assess(application));
            return formView(user, form, null, model);
        }
        try {
            AssistantSubsidyRequest saved = filing.create(user.account(), application);
            redirect.addFlashAttribute(
                    "success",
                    "Brouillon de la demande enregistré. Vérifiez l'éligibilité "
                            + "ci-dessous avant de la déposer auprès de la CPAM.");
            return "redirect:" + BASE + "/" + saved.id().orElseThrow().value();
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
            return formView(user, form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("page", service.porteurPage(user.account(), id));
        return "assistant/porteur-request";
    }

    @GetMapping("/{id}/modifier")
    String edit(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            Model model,
            RedirectAttributes redirect) {
        RequestPage page = service.porteurPage(user.account(), id);
        if (page.request().state() != SubsidyRequestState.DRAFT) {
            redirect.addFlashAttribute("error", notEditable(page.request()));
            return "redirect:" + BASE + "/" + id;
        }
        return formView(user, StoredRequestForm.of(page.request()), page, model);
    }

    @PostMapping("/{id}/modifier")
    String update(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("demande") AssistantRequestForm form,
            BindingResult binding,
            @RequestParam(name = "action", required = false) String action,
            Model model,
            RedirectAttributes redirect) {
        RequestPage page = service.porteurPage(user.account(), id);
        if (page.request().state() != SubsidyRequestState.DRAFT) {
            redirect.addFlashAttribute("error", notEditable(page.request()));
            return "redirect:" + BASE + "/" + id;
        }
        AssistantSubsidyApplication application = checked(form, binding);
        if (application == null) {
            return formView(user, form, page, model);
        }
        if ("verifier".equals(action)) {
            model.addAttribute("assessment", engine.assess(application));
            return formView(user, form, page, model);
        }
        try {
            filing.update(user.account(), id, application, form.getVersion());
            redirect.addFlashAttribute("success", "Brouillon de la demande enregistré.");
            return "redirect:" + BASE + "/" + id;
        } catch (SubsidyRequestConflict conflict) {
            model.addAttribute("conflict", conflict.getMessage());
        } catch (DomainException refused) {
            model.addAttribute("error", refused.getMessage());
        }
        return formView(user, form, page, model);
    }

    /** The porteur declares the doctor's patient list for a contract year of the accepted request. */
    @PostMapping("/{id}/patientele")
    @BackOnRefusal(BASE + "/{id}#patientele")
    String declarePatientList(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "year", defaultValue = "0") int year,
            @RequestParam(name = "patients", defaultValue = "") String patients,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        filing.declarePatientList(user.account(), id, year, patients, FormVersions.read(version));
        redirect.addFlashAttribute("success", "La patientèle de l'année " + year + " est déclarée.");
        return "redirect:" + BASE + "/" + id + "#patientele";
    }

    @PostMapping("/{id}/deposer")
    String file(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "version", required = false) String version,
            RedirectAttributes redirect) {
        try {
            filing.file(user.account(), id, FormVersions.read(version));
            redirect.addFlashAttribute("success", "La demande est déposée auprès de la CPAM.");
        } catch (IneligibleRequest ineligible) {
            redirect.addFlashAttribute(
                    "error",
                    "La demande ne peut pas être déposée : le médecin ne remplit pas "
                            + "tous les critères d'éligibilité. Elle reste en brouillon.");
            redirect.addFlashAttribute("failedCriteria", ineligible.failedCriteria());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    /**
     * The form's content for the domain, or null when a field is refused: every refusal is a field error naming its
     * field; a date more than two years ahead is taken for a typing mistake.
     */
    private AssistantSubsidyApplication checked(AssistantRequestForm form, BindingResult binding) {
        if (!binding.hasFieldErrors("specialty") && !engine.specialties().containsKey(form.getSpecialty())) {
            binding.rejectValue(
                    "specialty", "assistant.specialty.unknown", "Spécialité : choisissez une spécialité de la liste.");
        }
        if (form.isOptam() && form.getSector() != null && form.getSector() != FeeSector.SECTOR_2) {
            binding.rejectValue(
                    "optam",
                    "assistant.optam.sector",
                    "Adhésion à l'OPTAM : elle ne concerne que les "
                            + "médecins de secteur 2 ; décochez-la ou choisissez le secteur 2.");
        }
        LocalDate latest = FrenchFormats.today(clock).plusYears(2);
        if (form.getHiringDate() != null && form.getHiringDate().isAfter(latest)) {
            binding.rejectValue(
                    "hiringDate",
                    "assistant.hiringDate.far",
                    "Date d'embauche : elle ne peut pas " + "dépasser le " + FrenchDates.day(latest)
                            + " (deux ans à partir d'aujourd'hui).");
        }
        if (binding.hasErrors()) {
            return null;
        }
        AssistantSubsidyApplication application;
        try {
            application = form.toApplication();
        } catch (DomainException refused) {
            binding.reject("assistant.invalid", refused.getMessage());
            return null;
        }
        // a date no rule set covers (before the first barème) is a typing mistake, not a draft to keep
        engine.assess(application)
                .noRuleSet()
                .ifPresent(reason -> binding.rejectValue(
                        "hiringDate", "assistant.hiringDate.noRuleSet", "Date d'embauche : " + reason));
        return binding.hasErrors() ? null : application;
    }

    private String formView(SignedInUser user, AssistantRequestForm form, RequestPage page, Model model) {
        model.addAttribute("demande", form);
        model.addAttribute("cpts", service.ownCpts(user.account()));
        model.addAttribute("page", page);
        model.addAttribute("action", page == null ? BASE + "/nouvelle" : BASE + "/" + page.id() + "/modifier");
        model.addAttribute("specialties", engine.specialties());
        model.addAttribute("sectors", FeeSector.values());
        model.addAttribute("workingTimes", AssistantWorkingTime.values());
        return "assistant/form";
    }

    private static String notEditable(AssistantSubsidyRequest request) {
        return "Cette demande est à l'état « " + request.state().label() + " » : elle ne peut plus être modifiée.";
    }
}
