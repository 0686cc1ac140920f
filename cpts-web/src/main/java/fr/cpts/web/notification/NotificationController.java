package fr.cpts.web.notification;

import fr.cpts.domain.notification.Frequency;
import fr.cpts.domain.shared.page.PageRequest;
import fr.cpts.web.errors.BackOnRefusal;
import fr.cpts.web.security.SignedInUser;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification centre of every signed-in person: their notifications, newest first, each opening its page (and
 * then read); « tout marquer comme lu »; and, under « Mon compte », how each kind is mailed.
 */
@Controller
class NotificationController {

    private final NotificationCentre centre;

    NotificationController(NotificationCentre centre) {
        this.centre = centre;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("notifications", centre.page(user.account(), PageRequest.of(page, null)));
        model.addAttribute("pageLink", "?");
        return "notification/list";
    }

    /** Opens the page a notification leads to, marking it read; a notification of someone else is not found. */
    @PostMapping("/notifications/{id}/ouvrir")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        return centre.open(user.account(), id).map(link -> "redirect:" + link).orElseGet(() -> {
            redirect.addFlashAttribute("error", "Cette notification n'existe pas.");
            return "redirect:/notifications";
        });
    }

    @PostMapping("/notifications/tout-lu")
    String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        int read = centre.markAllRead(user.account());
        redirect.addFlashAttribute(
                "success",
                switch (read) {
                    case 0 -> "Aucune notification non lue.";
                    case 1 -> "1 notification marquée comme lue.";
                    default -> read + " notifications marquées comme lues.";
                });
        return "redirect:/notifications";
    }

    @GetMapping(NotificationMails.PREFERENCES_PATH)
    String preferences(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("preferences", centre.preferences(user.account()));
        model.addAttribute("frequencies", Frequency.values());
        return "notification/preferences";
    }

    @PostMapping(NotificationMails.PREFERENCES_PATH)
    @BackOnRefusal(NotificationMails.PREFERENCES_PATH)
    String choose(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam Map<String, String> typed,
            RedirectAttributes redirect) {
        centre.choose(user.account(), typed);
        redirect.addFlashAttribute("success", "Vos préférences de courriel sont enregistrées.");
        return "redirect:" + NotificationMails.PREFERENCES_PATH;
    }
}
