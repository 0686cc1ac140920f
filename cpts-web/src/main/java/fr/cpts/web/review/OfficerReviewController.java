package fr.cpts.web.review;

import fr.cpts.web.OfficerPrefix;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the ARS and the CPAM officers both read of a yearly review of their scope, each under their own prefix: the
 * review page, the payment statement and its PDF once issued, the evidence, and what-if simulations. The CPAM's
 * moves are in {@link CpamReviewController}, the lists in {@link ArsReviewController} and
 * {@link CpamReviewController}.
 */
@Controller
class OfficerReviewController {

    private static final String ARS = "/ars/cpts/{id}/revues/{year}";
    private static final String CPAM = "/cpam/cpts/{id}/revues/{year}";

    private final ReviewQueries service;

    OfficerReviewController(ReviewQueries service) {
        this.service = service;
    }

    @GetMapping({ARS, CPAM})
    String show(
            @AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year, Model model) {
        return ReviewViews.page(service, user.account(), id, year, model);
    }

    @GetMapping({ARS + "/releve", CPAM + "/releve"})
    String statement(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return ReviewViews.statement(service, user.account(), id, year, address(request, id, year), model, redirect);
    }

    @GetMapping({ARS + "/releve.pdf", CPAM + "/releve.pdf"})
    ResponseEntity<byte[]> statementPdf(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            HttpServletRequest request,
            HttpServletResponse response) {
        return ReviewViews.statementPdf(
                service, user.account(), id, year, address(request, id, year), request, response);
    }

    @GetMapping({ARS + "/justificatifs/{evidenceId}", CPAM + "/justificatifs/{evidenceId}"})
    ResponseEntity<byte[]> evidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable long evidenceId) {
        return ReviewViews.evidence(service.evidence(user.account(), id, year, evidenceId));
    }

    @PostMapping({ARS + "/simulation", CPAM + "/simulation"})
    String simulate(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam Map<String, String> form,
            Model model) {
        return ReviewViews.simulation(service, user.account(), id, year, form, model);
    }

    /** The review's address under the viewer's own prefix. */
    private static String address(HttpServletRequest request, long id, int year) {
        return OfficerPrefix.of(request) + "/cpts/" + id + "/revues/" + year;
    }
}
