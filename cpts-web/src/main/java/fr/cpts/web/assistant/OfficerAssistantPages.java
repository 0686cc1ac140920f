package fr.cpts.web.assistant;

import fr.cpts.web.security.SignedInUser;
import org.springframework.ui.Model;

/** What the CPAM and ARS pages of the requests share: the list and the page of one request. */
final class OfficerAssistantPages {

    private OfficerAssistantPages() {
    }

    static String list(AssistantRequestService service, SignedInUser user, Model model, String base) {
        model.addAttribute("rows", service.officerRequests(user.account()));
        model.addAttribute("base", base);
        return "assistant/officer-list";
    }

    static String show(AssistantRequestService service, SignedInUser user, long id, Model model, String base,
                       String journalBase) {
        RequestPage page = service.officerPage(user.account(), id);
        model.addAttribute("page", page);
        model.addAttribute("base", base);
        model.addAttribute("journal", journalBase + page.cpts().id().value() + "/journal");
        return "assistant/officer-request";
    }
}
