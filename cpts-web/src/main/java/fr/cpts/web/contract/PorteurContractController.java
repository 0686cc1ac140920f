package fr.cpts.web.contract;

import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import fr.cpts.web.territory.CptsAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The porteur's side of their CPTS's ACI contract: drafting, signing for the CPTS, mission progress, what-if. */
@Controller
class PorteurContractController {

    static final String PAGE = "/porteur/contrat";

    private final CptsAccess access;
    private final ContractPages pages;
    private final ContractService service;

    PorteurContractController(CptsAccess access, ContractPages pages, ContractService service) {
        this.access = access;
        this.pages = pages;
        this.service = service;
    }

    @GetMapping(PAGE)
    String contract(@AuthenticationPrincipal SignedInUser user, Model model) {
        return pages.show(user.account(), own(user), PAGE, model);
    }

    @PostMapping(PAGE)
    String start(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "signatureDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate signatureDate,
            RedirectAttributes redirect) {
        return pages.start(user.account(), own(user), signatureDate, PAGE, redirect);
    }

    @GetMapping(PAGE + "/modifier")
    String form(@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        return pages.form(user.account(), own(user), PAGE, model, redirect);
    }

    @PostMapping(PAGE + "/modifier")
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.revise(user.account(), own(user), form, binding, PAGE, model, redirect);
    }

    @PostMapping(PAGE + "/signature")
    String sign(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "version", defaultValue = "0") long version,
            @RequestParam(name = Confirmation.FIELD, required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return pages.sign(user.account(), own(user), version, confirmation, PAGE, request, model, redirect);
    }

    @PostMapping(PAGE + "/avenant")
    String amend(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "version", defaultValue = "0") long version,
            RedirectAttributes redirect) {
        return pages.amend(user.account(), own(user), reason, version, PAGE, redirect);
    }

    @PostMapping(PAGE + "/fin")
    String end(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "cause", required = false) EndCause cause,
            @RequestParam(name = "endsOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate endsOn,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "version", defaultValue = "0") long version,
            @RequestParam(name = Confirmation.FIELD, required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return pages.end(
                user.account(),
                own(user),
                cause,
                endsOn,
                reason,
                version,
                confirmation,
                PAGE,
                request,
                model,
                redirect);
    }

    /** The porteur reports when a mission really started and was fully deployed. */
    @PostMapping(PAGE + "/avancement")
    @BackOnRefusal(PAGE + "#missions")
    String progress(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "mission", required = false) Mission mission,
            @RequestParam(name = "startedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate startedOn,
            @RequestParam(name = "fullyDeployedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate fullyDeployedOn,
            RedirectAttributes redirect) {
        service.reportProgress(user.account(), own(user), mission, startedOn, fullyDeployedOn);
        redirect.addFlashAttribute("success", "L'avancement de la mission est enregistré.");
        return "redirect:" + PAGE + "#missions";
    }

    @GetMapping(PAGE + "/versions/{number}/pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable("number") int number) {
        return pages.document(own(user), number);
    }

    @PostMapping(PAGE + "/simulation")
    String whatIf(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "year", defaultValue = "1") int year,
            @RequestParam(name = "indicator", required = false) List<String> indicators,
            @RequestParam(name = "value", required = false) List<String> values,
            Model model) {
        return pages.whatIf(
                user.account(),
                own(user),
                year,
                indicators == null ? List.of() : indicators,
                values == null ? List.of() : values,
                PAGE,
                model);
    }

    private CptsRecord own(SignedInUser user) {
        return access.own(user.account());
    }
}
