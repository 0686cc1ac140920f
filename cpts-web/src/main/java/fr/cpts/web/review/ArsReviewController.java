package fr.cpts.web.review;

import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The ARS officer's list of the yearly reviews of their région, which they follow read-only (the CPAM examines and
 * closes them); each review, with its evidence, statement and simulations, is read in {@link OfficerReviewController}.
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
}
