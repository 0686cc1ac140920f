package fr.cpts.web.assistant;

import fr.cpts.domain.assistant.IneligibleRequest;
import fr.cpts.domain.assistant.SubsidyRequestMove;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.web.FormVersions;
import fr.cpts.web.confirmation.Confirmation;
import fr.cpts.web.confirmation.ConfirmationPage;
import fr.cpts.web.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Demandes d'aide assistants médicaux » for the CPAM: each filed request of the CPTS in its départements is
 * decided (accepted, or refused with a reason) from its page; the list and the pages are in
 * {@link OfficerAssistantController}.
 */
@Controller
@RequestMapping("/cpam/assistants-medicaux")
class CpamAssistantController {

    private static final String BASE = "/cpam/assistants-medicaux";

    private final SubsidyRequestDecisions decisions;
    private final SubsidyRequestQueries queries;

    CpamAssistantController(SubsidyRequestDecisions decisions, SubsidyRequestQueries queries) {
        this.decisions = decisions;
        this.queries = queries;
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "move", required = false) String move,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = Confirmation.FIELD, required = false) String confirmation,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        SubsidyRequestMove decision = Arrays.stream(SubsidyRequestMove.values())
                .filter(candidate -> candidate.name().equals(move))
                .findFirst()
                .orElse(null);
        try {
            if (decision != null && !Confirmation.given(confirmation)) {
                Optional<Confirmation> asked = confirmationOf(user, id, decision, reason);
                if (asked.isPresent()) {
                    return ConfirmationPage.show(asked.get(), BASE + "/" + id + "/decision", request, model);
                }
            }
            decisions.decide(user.account(), id, decision, reason, FormVersions.read(version));
            redirect.addFlashAttribute(
                    "success",
                    decision == SubsidyRequestMove.ACCEPT
                            ? "Demande acceptée : le porteur de projet la voit acceptée."
                            : "Demande refusée : le porteur de projet voit le motif du refus.");
        } catch (IneligibleRequest ineligible) {
            redirect.addFlashAttribute(
                    "error",
                    "La demande ne peut pas être acceptée : le médecin ne remplit pas "
                            + "tous les critères d'éligibilité. Vous pouvez la refuser en donnant le motif.");
            redirect.addFlashAttribute("failedCriteria", ineligible.failedCriteria());
        } catch (DomainException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    /**
     * The confirmation of a decision the page offers and the domain would take: an acceptance of an eligible request,
     * a refusal with its reason. Any other goes to the domain, which refuses it with its reason.
     */
    private Optional<Confirmation> confirmationOf(
            SignedInUser user, long id, SubsidyRequestMove decision, String reason) {
        RequestPage page = queries.officerPage(user.account(), id);
        boolean decidable = page.moves().contains(decision)
                && (decision == SubsidyRequestMove.ACCEPT
                        ? page.assessment().eligible()
                        : reason != null && !reason.isBlank());
        return decidable ? SubsidyDecisionConfirmation.of(page, decision, reason, BASE) : Optional.empty();
    }
}
