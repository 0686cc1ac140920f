package fr.cpts.web.contract;

import fr.cpts.domain.contract.EndCause;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.OfficerPrefix;
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

/**
 * The ARS's and the CPAM's side of the ACI contracts of their scope: the list with the mission dates needing
 * attention, and each contract (negotiating the draft, signing for their institution, amendments, what-if).
 */
@Controller
class OfficerContractController {

    private static final String ARS = "/ars/cpts/{id}/contrat";
    private static final String CPAM = "/cpam/cpts/{id}/contrat";

    private final CptsAccess access;
    private final ContractPages pages;
    private final ContractQueries service;
    private final ContractService contracts;

    OfficerContractController(
            CptsAccess access, ContractPages pages, ContractQueries service, ContractService contracts) {
        this.access = access;
        this.pages = pages;
        this.service = service;
        this.contracts = contracts;
    }

    @GetMapping({"/ars/contrats", "/cpam/contrats"})
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "filtre", required = false) String filter,
            HttpServletRequest request,
            Model model) {
        boolean toSign = ContractFilter.toSign(filter);
        model.addAttribute("rows", service.list(user.account(), toSign, PageRequest.of(page, null)));
        model.addAttribute("toSign", toSign);
        model.addAttribute("pageLink", toSign ? "?filtre=" + ContractFilter.TO_SIGN + "&" : "?");
        model.addAttribute("prefix", OfficerPrefix.of(request));
        return "contract/list";
    }

    @GetMapping({ARS, CPAM})
    String contract(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            HttpServletRequest request,
            Model model) {
        return pages.show(user.account(), cpts(user, id), base(request, id), model);
    }

    @PostMapping({ARS, CPAM})
    String start(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "signatureDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate signatureDate,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return pages.start(user.account(), cpts(user, id), signatureDate, base(request, id), redirect);
    }

    @GetMapping({ARS + "/modifier", CPAM + "/modifier"})
    String form(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return pages.form(user.account(), cpts(user, id), base(request, id), model, redirect);
    }

    @PostMapping({ARS + "/modifier", CPAM + "/modifier"})
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @ModelAttribute("form") ContractForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return pages.revise(user.account(), cpts(user, id), form, binding, base(request, id), model, redirect);
    }

    @PostMapping({ARS + "/signature", CPAM + "/signature"})
    String sign(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "version", defaultValue = "0") long version,
            @RequestParam(name = Confirmation.FIELD, required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return pages.sign(
                user.account(), cpts(user, id), version, confirmation, base(request, id), request, model, redirect);
    }

    @PostMapping({ARS + "/avenant", CPAM + "/avenant"})
    String amend(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "version", defaultValue = "0") long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return pages.amend(user.account(), cpts(user, id), reason, version, base(request, id), redirect);
    }

    @PostMapping({ARS + "/fin", CPAM + "/fin"})
    String end(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
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
                cpts(user, id),
                cause,
                endsOn,
                reason,
                version,
                confirmation,
                base(request, id),
                request,
                model,
                redirect);
    }

    /** The CPAM officer checks the start a CPTS reported: the advance due on it is then shown as checked. */
    @PostMapping(CPAM + "/demarrage-verifie")
    @BackOnRefusal(CPAM + "#missions")
    String checkStart(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "mission", required = false) Mission mission,
            RedirectAttributes redirect) {
        contracts.checkStart(user.account(), cpts(user, id), mission);
        redirect.addFlashAttribute("success", "Le démarrage déclaré de la mission est vérifié.");
        return "redirect:/cpam/cpts/" + id + "/contrat#missions";
    }

    @GetMapping({ARS + "/versions/{number}/pdf", CPAM + "/versions/{number}/pdf"})
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @PathVariable("number") int number) {
        return pages.document(cpts(user, id), number);
    }

    @PostMapping({ARS + "/simulation", CPAM + "/simulation"})
    String whatIf(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") long id,
            @RequestParam(name = "year", defaultValue = "1") int year,
            @RequestParam(name = "indicator", required = false) List<String> indicators,
            @RequestParam(name = "value", required = false) List<String> values,
            HttpServletRequest request,
            Model model) {
        return pages.whatIf(
                user.account(),
                cpts(user, id),
                year,
                indicators == null ? List.of() : indicators,
                values == null ? List.of() : values,
                base(request, id),
                model);
    }

    private CptsRecord cpts(SignedInUser user, long id) {
        return access.visible(user.account(), id);
    }

    /** The page's address under the viewer's own prefix. */
    private static String base(HttpServletRequest request, long id) {
        return OfficerPrefix.of(request) + "/cpts/" + id + "/contrat";
    }
}
