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
 * The ARS officer's view of the yearly reviews of their région: read-only (the CPAM examines and closes them), with
 * the evidence, the payment statement once issued, and what-if simulations.
 */
@Controller
class ArsReviewController {

    private final ReviewService service;

    ArsReviewController(ReviewService service) {
        this.service = service;
    }

    @GetMapping("/ars/revues")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("rows", service.officerQueue(user.account()));
        model.addAttribute("base", "/ars/cpts/");
        model.addAttribute("cpam", false);
        return "review/officer-list";
    }

    @GetMapping("/ars/cpts/{id}/revues/{year}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                Model model) {
        return ReviewViews.page(service, user.account(), id, year, model);
    }

    @GetMapping("/ars/cpts/{id}/revues/{year}/releve")
    String statement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                     Model model, RedirectAttributes redirect) {
        return ReviewViews.statement(service, user.account(), id, year, address(id, year), model, redirect);
    }

    @GetMapping("/ars/cpts/{id}/revues/{year}/releve.pdf")
    ResponseEntity<byte[]> statementPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                        @PathVariable int year, HttpServletRequest request,
                                        HttpServletResponse response) {
        return ReviewViews.statementPdf(service, user.account(), id, year, address(id, year), request, response);
    }

    @GetMapping("/ars/cpts/{id}/revues/{year}/justificatifs/{evidenceId}")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                                    @PathVariable int year, @PathVariable long evidenceId) {
        return ReviewViews.evidence(service.evidence(user.account(), id, year, evidenceId));
    }

    @PostMapping("/ars/cpts/{id}/revues/{year}/simulation")
    String simulate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                    @RequestParam Map<String, String> form, Model model) {
        return ReviewViews.simulation(service, user.account(), id, year, form, model);
    }

    private static String address(long id, int year) {
        return "/ars/cpts/" + id + "/revues/" + year;
    }
}
