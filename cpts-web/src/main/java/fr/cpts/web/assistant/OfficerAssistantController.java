package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.OfficerPrefix;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Assistants médicaux » as the ARS and the CPAM officers both read them, each under their own prefix: the filed
 * requests of the CPTS of their scope (région for the ARS, départements for the CPAM), and the page of each. The
 * CPAM's decision is in {@link CpamAssistantController}; the ARS only reads.
 */
@Controller
class OfficerAssistantController {

    private static final String ARS = "/ars/assistants-medicaux";
    private static final String CPAM = "/cpam/assistants-medicaux";

    private final SubsidyRequestQueries service;

    OfficerAssistantController(SubsidyRequestQueries service) {
        this.service = service;
    }

    @GetMapping({ARS, CPAM})
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("rows", service.officerRequests(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        model.addAttribute("base", prefix(request) + "/assistants-medicaux");
        return "assistant/officer-list";
    }

    @GetMapping({ARS + "/{id}", CPAM + "/{id}"})
    String show(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            HttpServletRequest request,
            Model model) {
        RequestPage page = service.officerPage(user.account(), id);
        String base = prefix(request) + "/assistants-medicaux";
        model.addAttribute("page", page);
        model.addAttribute("base", base);
        if (page.canDecide()) {
            SubsidyDecisionConfirmation.of(page, SubsidyRequestMove.ACCEPT, null, base)
                    .filter(accept -> page.assessment().eligible())
                    .ifPresent(accept -> model.addAttribute("acceptConfirmation", accept));
            SubsidyDecisionConfirmation.of(page, SubsidyRequestMove.REFUSE, null, base)
                    .ifPresent(refuse -> model.addAttribute("refuseConfirmation", refuse));
        }
        model.addAttribute(
                "journal", prefix(request) + "/cpts/" + page.cpts().id().value() + "/journal");
        return "assistant/officer-request";
    }

    /** The viewer's own prefix, {@code /ars} or {@code /cpam}. */
    private static String prefix(HttpServletRequest request) {
        return OfficerPrefix.of(request);
    }
}
