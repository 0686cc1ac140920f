package fr.cpts.web.review;

import fr.cpts.web.FormVersions;
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
 * The CPAM officer's yearly reviews: those of the CPTS of their départements, the ones awaiting examination first;
 * on each, accepting or adjusting every indicator, asking for corrections, and closing it (which issues the payment
 * statement). The review page, its statement, evidence and simulations are in {@link OfficerReviewController}.
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

    @PostMapping("/cpam/cpts/{id}/revues/{year}/indicateurs")
    String assess(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                  @RequestParam(required = false) String indicator, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String value, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String version, RedirectAttributes redirect) {
        String name = indicator == null ? "" : indicator.strip();
        ReviewViews.attempt(redirect, "ADJUST".equals(decision) ? "Indicateur « " + name + " » ajusté."
                        : "Indicateur « " + name + " » accepté.",
                () -> service.assess(user.account(), id, year, FormVersions.read(version), indicator, decision,
                        value, reason));
        return "redirect:" + address(id, year) + "#indicateurs";
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/corrections")
    String corrections(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                       @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                       RedirectAttributes redirect) {
        ReviewViews.attempt(redirect, "Corrections demandées à la CPTS.",
                () -> service.requestCorrections(user.account(), id, year, FormVersions.read(version), reason));
        return "redirect:" + address(id, year);
    }

    @PostMapping("/cpam/cpts/{id}/revues/{year}/cloture")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable int year,
                 @RequestParam(required = false) String version, RedirectAttributes redirect) {
        ReviewViews.attempt(redirect, "La revue annuelle est clôturée : le relevé de paiement de l'année " + year
                        + " est établi et archivé.",
                () -> service.close(user.account(), id, year, FormVersions.read(version)));
        return "redirect:" + address(id, year);
    }

    private static String address(long id, int year) {
        return "/cpam/cpts/" + id + "/revues/" + year;
    }
}
