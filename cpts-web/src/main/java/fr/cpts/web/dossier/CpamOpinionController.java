package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.OpinionVerdict;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.FrenchFormats;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The opinions the ARS asks of the CPAM on dossiers of the officer's départements, and their answers. */
@Controller
@RequestMapping("/cpam/avis")
class CpamOpinionController {

    private final CpamOpinions service;

    /** The six ACI missions, in their order, for the pages that list a text per mission. */
    @ModelAttribute("missions")
    fr.cpts.domain.mission.Mission[] missions() {
        return fr.cpts.domain.mission.Mission.values();
    }

    private final Clock clock;

    CpamOpinionController(CpamOpinions service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** Today in Paris, against which an opinion is late. */
    @ModelAttribute("today")
    LocalDate today() {
        return FrenchFormats.today(clock);
    }

    @ModelAttribute("verdicts")
    OpinionVerdict[] verdicts() {
        return OpinionVerdict.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("rows", service.cpamOpinions(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        return "dossier/cpam-list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("row", service.cpamOpinion(user.account(), id));
        return "dossier/cpam-opinion";
    }

    @PostMapping("/{id}")
    @BackOnRefusal("/cpam/avis/{id}")
    String answer(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(required = false) String verdict,
            @RequestParam String answer,
            RedirectAttributes redirect) {
        service.answerAsCpam(user.account(), id, OpinionForms.verdict(verdict), answer);
        redirect.addFlashAttribute("success", "Avis de la CPAM transmis à l'ARS.");
        return "redirect:/cpam/avis/" + id;
    }
}
