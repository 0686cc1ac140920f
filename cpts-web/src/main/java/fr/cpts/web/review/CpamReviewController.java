package fr.cpts.web.review;

import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FormVersions;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.confirmation.ConfirmationPage;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CPAM officer's yearly reviews: those of the CPTS of their départements, the ones awaiting examination first;
 * on each, accepting or adjusting every indicator, asking for corrections, and closing it once confirmed (which
 * issues the payment statement). The review page, its statement, evidence and simulations are in {@link OfficerReviewController}.
 */
@Controller
class CpamReviewController {

    private final ReviewQueries service;
    private final ReviewExamination examination;

    CpamReviewController(ReviewQueries service, ReviewExamination examination) {
        this.service = service;
        this.examination = examination;
    }

    @GetMapping("/cpam/revues")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("rows", service.officerQueue(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        model.addAttribute("base", "/cpam/cpts/");
        model.addAttribute("cpam", true);
        return "review/officer-list";
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/indicateurs")
    @BackOnRefusal("/cpam/cpts/{id}/revues/{year}#indicateurs")
    String assess(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) IndicatorDecision decision,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        Assessment assessment = new Assessment(indicator, decision, value, reason);
        examination.assess(user.account(), id, year, FormVersions.read(version), assessment);
        redirect.addFlashAttribute(
                "success",
                decision == IndicatorDecision.ADJUST
                        ? "Indicateur « " + assessment.name() + " » ajusté."
                        : "Indicateur « " + assessment.name() + " » accepté.");
        return "redirect:" + address(id, year) + "#indicateurs";
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/corrections")
    @BackOnRefusal("/cpam/cpts/{id}/revues/{year}")
    String corrections(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        examination.requestCorrections(user.account(), id, year, FormVersions.read(version), reason);
        redirect.addFlashAttribute("success", "Corrections demandées à la CPTS.");
        return "redirect:" + address(id, year);
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/cloture")
    @BackOnRefusal("/cpam/cpts/{id}/revues/{year}")
    String close(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirmation)) {
            ReviewPage page = service.page(user.account(), id, year);
            if (page.closeReady()) {
                return ConfirmationPage.show(
                        CloseConfirmation.of(page), address(id, year) + "/cloture", request, model);
            }
        }
        examination.close(user.account(), id, year, FormVersions.read(version));
        redirect.addFlashAttribute(
                "success",
                "La revue annuelle est clôturée : le relevé de paiement de l'année " + year
                        + " est établi et archivé.");
        return "redirect:" + address(id, year);
    }

    private static String address(long id, int year) {
        return "/cpam/cpts/" + id + "/revues/" + year;
    }
}
