package fr.cpts.web.dossier;

import fr.cpts.domain.dossier.SeedGrantRange;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the FIR seed-grant ranges: in force, their history, and a new one by its date. */
@Controller
class AdminFirRangesController {

    private static final String PAGE = "/admin/fourchettes-fir";

    private final FirRanges ranges;

    AdminFirRangesController(FirRanges ranges) {
        this.ranges = ranges;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        model.addAttribute("regions", ranges.all());
        return "dossier/fir-ranges";
    }

    @PostMapping(PAGE)
    @BackOnRefusal(PAGE + "#nouvelle-fourchette")
    String record(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "region", defaultValue = "") String region,
            @RequestParam(name = "minimum", defaultValue = "") String minimum,
            @RequestParam(name = "maximum", defaultValue = "") String maximum,
            @RequestParam(name = "source", defaultValue = "") String source,
            @RequestParam(name = "effectiveFrom", defaultValue = "") String effectiveFrom,
            RedirectAttributes redirect) {
        SeedGrantRange recorded = ranges.record(user.account(), region, minimum, maximum, source, effectiveFrom);
        redirect.addFlashAttribute(
                "success",
                "La fourchette FIR de la région " + recorded.region().value()
                        + " est enregistrée, en vigueur à partir du " + FrenchDates.day(recorded.effectiveFrom())
                        + ".");
        return "redirect:" + PAGE;
    }
}
