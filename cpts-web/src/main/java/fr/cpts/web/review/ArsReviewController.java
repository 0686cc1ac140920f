package fr.cpts.web.review;

import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FormVersions;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ARS officer's list of the yearly reviews of their région, which they follow (the CPAM examines and closes
 * them), and the one move the ARS makes on a review: recording a serious health crisis it declared during the year.
 * Each review, with its evidence, statement and simulations, is read in {@link OfficerReviewController}.
 */
@Controller
class ArsReviewController {

    private final ReviewQueries service;
    private final CrisisRecording crises;

    ArsReviewController(ReviewQueries service, CrisisRecording crises) {
        this.service = service;
        this.crises = crises;
    }

    @GetMapping("/ars/revues")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("rows", service.officerQueue(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        model.addAttribute("base", "/ars/cpts/");
        model.addAttribute("cpam", false);
        return "review/officer-list";
    }

    @PostMapping("/ars/cpts/{id}/revues/{year}/crise")
    @BackOnRefusal("/ars/cpts/{id}/revues/{year}")
    String declareCrisis(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @PathVariable int year,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        crises.declareCrisis(user.account(), id, year, FormVersions.read(version), decision);
        redirect.addFlashAttribute(
                "success",
                "La crise sanitaire grave est enregistrée pour l'année " + year + " : la part "
                        + "variable de la mission « Réponse aux crises sanitaires graves » sera due à la clôture.");
        return "redirect:/ars/cpts/" + id + "/revues/" + year;
    }
}
