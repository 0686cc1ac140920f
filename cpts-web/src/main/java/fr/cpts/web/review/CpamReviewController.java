package fr.cpts.web.review;

import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The CPAM officer's yearly reviews: those of the CPTS of their départements, the ones awaiting examination first;
 * on each, accepting or adjusting every indicator, asking for corrections, closing it (which issues the payment
 * statement), and trying other values.
 */
@Controller
class CpamReviewController {

    private final ReviewService service;

    CpamReviewController(ReviewService service) {
        this.service = service;
    }

    @GetMapping("/cpam/revues")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("rows", service.officerQueue(user.account()));
        model.addAttribute("base", "/cpam/cpts/");
        model.addAttribute("cpam", true);
        return "review/officer-list";
    }

    @GetMapping("/cpam/cpts/{id}/revues/{year}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                Model model) {
        return ReviewViews.page(service, user.account(), id, year, model);
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/indicateurs")
    String assess(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                  @RequestParam(required = false) String indicator, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String value, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String version, RedirectAttributes redirect) {
        String name = indicator == null ? "" : indicator.strip();
        ReviewViews.attempt(redirect, "ADJUST".equals(decision) ? "Indicateur « " + name + " » ajusté."
                        : "Indicateur « " + name + " » accepté.",
                () -> service.assess(user.account(), id, year, ReviewViews.version(version), indicator, decision,
                        value, reason));
        return "redirect:" + address(id, year) + "#indicateurs";
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/corrections")
    String corrections(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                       @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                       RedirectAttributes redirect) {
        ReviewViews.attempt(redirect, "Corrections demandées à la CPTS.",
                () -> service.requestCorrections(user.account(), id, year, ReviewViews.version(version), reason));
        return "redirect:" + address(id, year);
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/cloture")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                 @RequestParam(required = false) String version, RedirectAttributes redirect) {
        ReviewViews.attempt(redirect, "La revue annuelle est clôturée : le relevé de paiement de l'année " + year
                        + " est établi et archivé.",
                () -> service.close(user.account(), id, year, ReviewViews.version(version)));
        return "redirect:" + address(id, year);
    }

    @GetMapping("/cpam/cpts/{id}/revues/{year}/releve")
    String statement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                     Model model, RedirectAttributes redirect) {
        return ReviewViews.statement(service, user.account(), id, year, address(id, year), model, redirect);
    }

    @GetMapping("/cpam/cpts/{id}/revues/{year}/releve.pdf")
    ResponseEntity<byte[]> statementPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                        @PathVariable int year, HttpServletRequest request,
                                        HttpServletResponse response) {
        return ReviewViews.statementPdf(service, user.account(), id, year, address(id, year), request, response);
    }

    @GetMapping("/cpam/cpts/{id}/revues/{year}/justificatifs/{evidenceId}")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable int year, @PathVariable long evidenceId) {
        return ReviewViews.evidence(service.evidence(user.account(), id, year, evidenceId));
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/simulation")
    String simulate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                    @RequestParam Map<String, String> form, Model model) {
        return ReviewViews.simulation(service, user.account(), id, year, form, model);
    }

    private static String address(long id, int year) {
        return "/cpam/cpts/" + id + "/revues/" + year;
    }
}
