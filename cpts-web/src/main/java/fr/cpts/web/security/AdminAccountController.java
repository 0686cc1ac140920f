package fr.cpts.web.security;

import fr.cpts.web.errors.BackOnRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator disables and enables accounts from the accounts page. */
@Controller
class AdminAccountController {

    private final AccountAdministration administration;

    AdminAccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/admin/comptes/{username}/desactiver")
    @BackOnRefusal("/admin")
    String disable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        administration.disable(user.account(), username);
        redirect.addFlashAttribute(
                "success", "Le compte « " + username + " » est désactivé ; ses sessions ouvertes sont fermées.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/comptes/{username}/reactiver")
    @BackOnRefusal("/admin")
    String enable(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("username") String username,
            RedirectAttributes redirect) {
        administration.enable(user.account(), username);
        redirect.addFlashAttribute("success", "Le compte « " + username + " » est réactivé.");
        return "redirect:/admin";
    }
}
