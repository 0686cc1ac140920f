package fr.cpts.web.review;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FormVersions;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.confirmation.ConfirmationPage;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
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
 * on each, accepting or adjusting its indicators in one table, asking for corrections, and closing it once confirmed (which
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

    /**
     * The decisions of the review's table, recorded together; a refusal shows the page again with what was typed and
     * the reason, nothing recorded.
     */
    @PostMapping("/cpam/cpts/{id}/revues/{year}/decisions")
    String decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        try {
            int changed = examination.decide(
                    user.account(), id, year, FormVersions.read(form.get("version")), Assessment.rows(form));
            redirect.addFlashAttribute(
                    "success",
                    changed == 0
                            ? "Aucune décision n'a changé."
                            : changed == 1 ? "1 décision enregistrée." : changed + " décisions enregistrées.");
            return "redirect:" + address(id, year) + "#indicateurs";
        } catch (DomainException refused) {
            model.addAttribute("decisionsError", refused.getMessage());
            model.addAttribute("decisionsTyped", Assessment.typed(form));
            return ReviewViews.page(service, user.account(), id, year, model);
        }
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
