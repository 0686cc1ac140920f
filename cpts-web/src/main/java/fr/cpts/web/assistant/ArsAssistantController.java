package fr.cpts.web.assistant;

import fr.cpts.web.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** « Assistants médicaux » for the ARS: the filed requests of CPTS in its région, read-only. */
@Controller
@RequestMapping("/ars/assistants-medicaux")
class ArsAssistantController {

    private static final String BASE = "/ars/assistants-medicaux";

    private final AssistantRequestService service;

    ArsAssistantController(AssistantRequestService service) {
        this.service = service;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        return OfficerAssistantPages.list(service, user, model, BASE);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return OfficerAssistantPages.show(service, user, id, model, BASE, "/ars/cpts/");
    }
}
