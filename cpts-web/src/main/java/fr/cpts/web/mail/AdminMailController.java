package fr.cpts.web.mail;

import fr.cpts.domain.mail.MailOutbox;
import fr.cpts.domain.shared.page.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator reads the mails of the platform, newest first: those sent, those kept when no mail server is
 * configured (so that a verification or reset link can be followed on the embedded run), those that failed and why.
 */
@Controller
class AdminMailController {

    private final MailOutbox outbox;

    AdminMailController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/courriels")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("mails", outbox.listed(PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        return "mail/list";
    }
}
